package com.acme.catalog;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

public class PriceRefresher implements Runnable {
    private static final long MIN_INTERVAL_MILLIS = 60_000;

    private final PriceListStore store;
    private final Map<String, Long> prices = new ConcurrentHashMap<>();
    private volatile boolean running = true;
    private long lastRefreshMillis;

    public PriceRefresher(PriceListStore store) {
        this.store = store;
    }

    @Override
    public void run() {
        while (running) {
            long now = System.currentTimeMillis();
            if (now - lastRefreshMillis > MIN_INTERVAL_MILLIS) {
                try {
                    prices.putAll(store.loadPrices());
                    lastRefreshMillis = System.currentTimeMillis();
                } catch (RuntimeException e) {
                    System.err.println("price refresh failed: " + e.getMessage());
                    lastRefreshMillis = System.currentTimeMillis();
                }
            }
            Thread.onSpinWait();
        }
    }

    public void stop() {
        running = false;
    }
}
