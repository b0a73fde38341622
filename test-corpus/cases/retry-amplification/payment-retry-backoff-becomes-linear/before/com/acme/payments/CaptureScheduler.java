package com.acme.payments;

import java.time.Clock;

public class CaptureScheduler {
    private static final long BASE_DELAY_SECONDS = 30;
    private static final long MAX_DELAY_SECONDS = 3_600;

    private final Clock clock;
    private final CaptureQueue queue;

    public CaptureScheduler(Clock clock, CaptureQueue queue) {
        this.clock = clock;
        this.queue = queue;
    }

    public void onCaptureFailed(CaptureAttempt attempt) {
        attempt.recordFailure();
        long delaySeconds = BASE_DELAY_SECONDS * (long) Math.pow(2, attempt.getFailedAttempts() - 1);
        long capped = Math.min(delaySeconds, MAX_DELAY_SECONDS);
        attempt.setNotBeforeEpochSecond(clock.instant().getEpochSecond() + capped);
        queue.requeue(attempt);
    }
}
