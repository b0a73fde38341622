package com.acme.metrics.shutdown;

public class MetricsFlusher {
    private final Thread flusher;

    public MetricsFlusher(Runnable flushTask) {
        this.flusher = new Thread(flushTask, "metrics-flush");
    }

    public void start() {
        flusher.start();
    }

    public void shutdown() throws InterruptedException {
        flusher.interrupt();
        flusher.join(); // expect: timeout-change
    }
}
