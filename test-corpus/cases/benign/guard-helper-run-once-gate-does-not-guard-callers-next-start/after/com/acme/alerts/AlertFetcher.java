package com.acme.alerts;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.stereotype.Component;

@Component
public class AlertFetcher {
    private final AtomicBoolean running = new AtomicBoolean();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();

    public void start() {
        if (!running.compareAndSet(false, true)) {
            throw new IllegalStateException("AlertFetcher is already started");
        }
        timer.scheduleWithFixedDelay(this::fetch, 0, 5, TimeUnit.SECONDS);
    }

    private void fetch() {
        System.out.println("fetching");
    }
}
