package com.acme.registry;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

public class RegistrySync implements Runnable {
    private static final long MIN_SYNC_INTERVAL_NANOS = TimeUnit.SECONDS.toNanos(10);

    private final BlockingQueue<Long> events;
    private final RegistryClient registry;
    private final LocalView view;
    private volatile boolean running = true;
    private long lastSyncTime;

    public RegistrySync(BlockingQueue<Long> events, RegistryClient registry, LocalView view) {
        this.events = events;
        this.registry = registry;
        this.view = view;
    }

    @Override
    public void run() {
        while (running) {
            try {
                Long eventTime = events.poll(1, TimeUnit.SECONDS);
                if (eventTime != null && eventTime - lastSyncTime > MIN_SYNC_INTERVAL_NANOS) {
                    view.replace(registry.fetchAll());
                    lastSyncTime = System.nanoTime();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                running = false;
            } catch (RuntimeException e) {
                lastSyncTime = System.nanoTime();
            }
        }
    }
}
