package com.acme.jobs.queue;

import java.util.List;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

@Component
public class ForceStartCoordinator {
    private final QueueEntryMapper queueEntryMapper;
    private final TaskWakeupClient wakeupClient;

    public ForceStartCoordinator(QueueEntryMapper queueEntryMapper, TaskWakeupClient wakeupClient) {
        this.queueEntryMapper = queueEntryMapper;
        this.wakeupClient = wakeupClient;
    }

    @Scheduled(fixedDelay = 5000)
    public void releaseForced() {
        List<QueueEntry> entries = queueEntryMapper.selectForceStarted();
        for (QueueEntry entry : entries) {
            wakeupClient.wakeup(entry.taskId());
        }
    }
}
