package com.acme.agent;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

public class MonitoringAgent {
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private final AtomicBoolean initialized = new AtomicBoolean();
    private final String collectorUrl;

    public MonitoringAgent(String collectorUrl) {
        this.collectorUrl = collectorUrl;
    }

    public void init() {
        if (!initialized.compareAndSet(false, true)) {
            return;
        }
        timer.scheduleAtFixedRate(this::heartbeat, 0, 15, TimeUnit.SECONDS);
    }

    private void heartbeat() {
        System.out.println("alive -> " + collectorUrl);
    }
}
