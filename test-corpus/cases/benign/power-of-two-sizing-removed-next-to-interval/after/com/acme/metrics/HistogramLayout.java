package com.acme.metrics;

public class HistogramLayout {
    private static final long[] FACTORS = {1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024};

    private final long flushIntervalMillis;

    public HistogramLayout(long flushIntervalMillis) {
        this.flushIntervalMillis = flushIntervalMillis;
    }

    public long[] bucketBounds(int levels) {
        long[] bounds = new long[Math.min(levels, FACTORS.length)];
        for (int level = 0; level < bounds.length; level++) {
            bounds[level] = flushIntervalMillis * FACTORS[level];
        }
        return bounds;
    }
}
