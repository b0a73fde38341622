package com.acme.payments;

public class CaptureAttempt {
    private final String paymentId;
    private int failedAttempts;
    private long notBeforeEpochSecond;

    public CaptureAttempt(String paymentId) {
        this.paymentId = paymentId;
    }

    public String getPaymentId() {
        return paymentId;
    }

    public int getFailedAttempts() {
        return failedAttempts;
    }

    public void recordFailure() {
        failedAttempts++;
    }

    public void setNotBeforeEpochSecond(long notBefore) {
        this.notBeforeEpochSecond = notBefore;
    }

    public long getNotBeforeEpochSecond() {
        return notBeforeEpochSecond;
    }
}
