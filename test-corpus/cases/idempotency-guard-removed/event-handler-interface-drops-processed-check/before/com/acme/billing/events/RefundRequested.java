package com.acme.billing.events;

import java.math.BigDecimal;

public record RefundRequested(String eventId, String paymentId, BigDecimal amount) {
}
