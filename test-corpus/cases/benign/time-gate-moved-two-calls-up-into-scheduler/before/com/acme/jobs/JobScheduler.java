package com.acme.jobs;

import java.util.ArrayDeque;
import java.util.Queue;

public class JobScheduler {
    private final Queue<Job> pending = new ArrayDeque<>();

    public void submit(Job job) {
        pending.add(job);
    }

    public void runPending() {
        int n = pending.size();
        for (int i = 0; i < n; i++) {
            Job job = pending.poll();
            try {
                job.start();
            } catch (IllegalStateException locked) {
                pending.add(job);
            }
        }
    }
}
