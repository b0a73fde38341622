package com.acme.jobs.queue;

import java.util.List;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

@Component
public class ForceStartCoordinator {
    private static final int PAGE_SIZE = 500;

    private final QueueEntryMapper queueEntryMapper;
    private final TaskWakeupClient wakeupClient;

    public ForceStartCoordinator(QueueEntryMapper queueEntryMapper, TaskWakeupClient wakeupClient) {
        this.queueEntryMapper = queueEntryMapper;
        this.wakeupClient = wakeupClient;
    }

    @Scheduled(fixedDelay = 5000)
    public void releaseForced() {
        int lastId = -1;
        while (true) {
            List<QueueEntry> page = queueEntryMapper.selectForceStartedPage(lastId, PAGE_SIZE);
            if (page.isEmpty()) {
                break;
            }
            for (QueueEntry entry : page) {
                wakeupClient.wakeup(entry.taskId()); // expect: query-fanout
            }
            if (page.size() < PAGE_SIZE) {
                break;
            }
            lastId = page.get(page.size() - 1).id();
        }
    }
}
