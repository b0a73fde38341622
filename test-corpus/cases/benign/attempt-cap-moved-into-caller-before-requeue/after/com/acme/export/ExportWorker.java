package com.acme.export;

import java.util.concurrent.BlockingQueue;

public class ExportWorker {
    private static final int MAX_ATTEMPTS = 5;

    private final BlockingQueue<ExportJob> queue;
    private final JobStatusStore statuses;
    private final ExportTarget target;

    public ExportWorker(BlockingQueue<ExportJob> queue, JobStatusStore statuses, ExportTarget target) {
        this.queue = queue;
        this.statuses = statuses;
        this.target = target;
    }

    public void runOnce() throws InterruptedException {
        ExportJob job = queue.take();
        try {
            target.write(job.id());
        } catch (RuntimeException e) {
            job.countAttempt();
            if (job.attempts() < MAX_ATTEMPTS) {
                requeue(job, e);
            } else {
                statuses.markFailed(job.id(), e.getMessage());
            }
        }
    }

    void requeue(ExportJob job, RuntimeException cause) {
        queue.offer(job);
    }
}
