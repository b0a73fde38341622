package com.acme.billing.payments;

import java.math.BigDecimal;

public interface PaymentGateway {
    String charge(String customerId, BigDecimal amount, String currency);
}
