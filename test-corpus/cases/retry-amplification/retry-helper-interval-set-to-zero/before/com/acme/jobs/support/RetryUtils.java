package com.acme.jobs.support;

import java.util.function.Supplier;

public final class RetryUtils {
    private RetryUtils() {
    }

    public static <T> T retryFunction(Supplier<T> supplier, RetryPolicy policy) {
        int retryCount = 0;
        long retryInterval = policy.retryIntervalMillis();
        while (true) {
            try {
                return supplier.get();
            } catch (RuntimeException ex) {
                if (retryCount == policy.maxRetryTimes()) {
                    throw ex;
                }
                retryCount++;
                try {
                    Thread.sleep(retryInterval);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while retrying", e);
                }
            }
        }
    }

    public record RetryPolicy(int maxRetryTimes, long retryIntervalMillis) {
    }
}
