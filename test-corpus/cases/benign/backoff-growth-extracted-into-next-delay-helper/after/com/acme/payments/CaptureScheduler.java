package com.acme.payments;

import java.time.Clock;

public class CaptureScheduler {
    private final Clock clock;
    private final CaptureQueue queue;
    private final RetryDelays delays;

    public CaptureScheduler(Clock clock, CaptureQueue queue, RetryDelays delays) {
        this.clock = clock;
        this.queue = queue;
        this.delays = delays;
    }

    public void onCaptureFailed(CaptureAttempt attempt) {
        attempt.recordFailure();
        long capped = delays.nextDelaySeconds(attempt.getFailedAttempts());
        attempt.setNotBeforeEpochSecond(clock.instant().getEpochSecond() + capped);
        queue.requeue(attempt);
    }
}
