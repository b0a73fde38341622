package com.acme.billing.statements;

import java.math.BigDecimal;

public record StatementOrder(String orderId, String customerId, BigDecimal amount) {
}
