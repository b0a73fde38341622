package com.acme.metrics;

public class HistogramLayout {
    private final long flushIntervalMillis;

    public HistogramLayout(long flushIntervalMillis) {
        this.flushIntervalMillis = flushIntervalMillis;
    }

    public long[] bucketBounds(int levels) {
        long[] bounds = new long[levels];
        for (int level = 0; level < levels; level++) {
            bounds[level] = flushIntervalMillis * (long) Math.pow(2, level);
        }
        return bounds;
    }
}
