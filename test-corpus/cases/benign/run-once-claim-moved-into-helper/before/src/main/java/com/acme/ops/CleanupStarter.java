package com.acme.ops;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

@Component
public class CleanupStarter {
    private final ScheduledExecutorService scheduler;
    private final AtomicBoolean started = new AtomicBoolean(false);

    public CleanupStarter(ScheduledExecutorService scheduler) {
        this.scheduler = scheduler;
    }

    @EventListener
    public void onReady(ApplicationReadyEvent event) {
        if (!started.compareAndSet(false, true)) {
            return;
        }
        scheduler.scheduleAtFixedRate(this::cleanup, 1, 5, TimeUnit.MINUTES);
    }

    void cleanup() {
    }
}
