package com.acme.metrics;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

public class LagMonitor {
    private static final Logger log = LoggerFactory.getLogger(LagMonitor.class);
    private static final long WARN_EVERY_MS = 60_000;

    private long lastWarnMs;

    public void onLag(String partition, long lag, long now) {
        if (lag > 10_000) {
            log.warn("Partition {} lags by {} records", partition, lag);
        }
    }
}
