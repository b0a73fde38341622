package com.acme.billing.events;

import java.math.BigDecimal;

public interface RefundGateway {
    void refund(String paymentId, BigDecimal amount);
}
