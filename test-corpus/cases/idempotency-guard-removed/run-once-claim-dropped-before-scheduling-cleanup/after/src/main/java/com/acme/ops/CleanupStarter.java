package com.acme.ops;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

@Component
public class CleanupStarter {
    private final ScheduledExecutorService scheduler;

    public CleanupStarter(ScheduledExecutorService scheduler) {
        this.scheduler = scheduler;
    }

    @EventListener
    public void onReady(ApplicationReadyEvent event) {
        scheduler.scheduleAtFixedRate(this::cleanup, 1, 5, TimeUnit.MINUTES); // expect: idempotency-guard-removed
    }

    void cleanup() {
    }
}
