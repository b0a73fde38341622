package com.acme.billing.fx;

import java.math.BigDecimal;

public record Amount(String invoiceNumber, BigDecimal value) {
}
