package com.acme.payments;

public class RetryDelays {
    private final long baseDelaySeconds;
    private final long maxDelaySeconds;

    public RetryDelays(long baseDelaySeconds, long maxDelaySeconds) {
        this.baseDelaySeconds = baseDelaySeconds;
        this.maxDelaySeconds = maxDelaySeconds;
    }

    public long nextDelaySeconds(int failedAttempts) {
        long delay = baseDelaySeconds * (long) Math.pow(2, failedAttempts - 1);
        return Math.min(delay, maxDelaySeconds);
    }
}
