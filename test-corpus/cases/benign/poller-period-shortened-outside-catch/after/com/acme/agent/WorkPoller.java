package com.acme.agent;

public class WorkPoller implements Runnable {
    private final WorkSource source;
    private volatile boolean running = true;

    public WorkPoller(WorkSource source) {
        this.source = source;
    }

    @Override
    public void run() {
        while (running) {
            try {
                source.pollAndHandle();
            } catch (RuntimeException e) {
                System.err.println("poll failed: " + e.getMessage());
            }
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    public void stop() {
        running = false;
    }
}
