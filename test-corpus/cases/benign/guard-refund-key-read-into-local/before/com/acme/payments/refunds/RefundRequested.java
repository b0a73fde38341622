package com.acme.payments.refunds;

public record RefundRequested(String refundId, String orderId, String paymentIntentId, long amountCents) {
}
