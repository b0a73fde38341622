package com.acme.billing.statements;

import java.math.BigDecimal;

public record CustomerTier(String customerId, String name, BigDecimal feePercent) {
}
