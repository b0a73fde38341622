package com.acme.payments;

import io.github.resilience4j.core.IntervalFunction;
import java.time.Clock;

public class CaptureScheduler {
    private static final long BASE_DELAY_MILLIS = 30_000;

    private final Clock clock;
    private final CaptureQueue queue;
    private final IntervalFunction delays = IntervalFunction.ofExponentialBackoff(BASE_DELAY_MILLIS, 2.0);

    public CaptureScheduler(Clock clock, CaptureQueue queue) {
        this.clock = clock;
        this.queue = queue;
    }

    public void onCaptureFailed(CaptureAttempt attempt) {
        attempt.recordFailure();
        long delayMillis = Math.min(delays.apply(attempt.getFailedAttempts()), 3_600_000L);
        attempt.setNotBeforeEpochSecond(clock.instant().getEpochSecond() + delayMillis / 1000);
        queue.requeue(attempt);
    }
}
