package com.acme.refunds;

public record RefundRequest(long id, String paymentIntentId, String reason) {
}
