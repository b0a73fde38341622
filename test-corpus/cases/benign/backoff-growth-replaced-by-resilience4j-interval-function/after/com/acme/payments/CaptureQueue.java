package com.acme.payments;

public interface CaptureQueue {
    void requeue(CaptureAttempt attempt);
}
