package com.acme.jobs;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.Queue;

public class JobScheduler {
    private static final long LOCK_BACKOFF_MS = 2_000;

    private final Queue<Job> pending = new ArrayDeque<>();
    private final Map<String, Long> lastFailure = new HashMap<>();

    public void submit(Job job) {
        pending.add(job);
    }

    public void runPending() {
        long nowMs = System.currentTimeMillis();
        int n = pending.size();
        for (int i = 0; i < n; i++) {
            Job job = pending.poll();
            if (!mayStart(job.id(), nowMs)) {
                pending.add(job);
                continue;
            }
            try {
                job.start();
                lastFailure.remove(job.id());
            } catch (IllegalStateException locked) {
                lastFailure.put(job.id(), nowMs);
                pending.add(job);
            }
        }
    }

    private boolean mayStart(String id, long nowMs) {
        Long failedAt = lastFailure.get(id);
        return failedAt == null || nowMs - failedAt >= LOCK_BACKOFF_MS;
    }
}
