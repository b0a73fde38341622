package com.acme.billing.statements;

import java.math.BigDecimal;

public record StatementLine(String orderId, BigDecimal amount, BigDecimal fee) {
}
