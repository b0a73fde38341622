package com.acme.jobs.schedule;

import java.util.List;
import org.springframework.stereotype.Component;

@Component
public class ScheduleHelper {
    private static final int BATCH_SIZE = 100;

    private final JobInfoMapper jobInfoMapper;
    private volatile boolean scheduleThreadToStop;
    private Thread scheduleThread;

    public ScheduleHelper(JobInfoMapper jobInfoMapper) {
        this.jobInfoMapper = jobInfoMapper;
    }

    public void start() {
        scheduleThread = new Thread(this::scheduleLoop, "job-schedule");
        scheduleThread.setDaemon(true);
        scheduleThread.start();
    }

    private void scheduleLoop() {
        while (!scheduleThreadToStop) {
            long now = System.currentTimeMillis();
            List<JobInfo> due = jobInfoMapper.selectDue(now + 5000, 2000);
            for (JobInfo job : due) {
                job.setNextTriggerTime(now + 60_000);
            }
            List<List<JobInfo>> batches = Batches.split(due, BATCH_SIZE);
            for (List<JobInfo> batch : batches) {
                jobInfoMapper.updateTriggerBatch(batch);
            }
            sleepQuietly(1000);
        }
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public void stop() {
        scheduleThreadToStop = true;
    }
}
