package com.acme.orders.summary;

import java.math.BigDecimal;

public record SummaryLine(String productName, int quantity, BigDecimal amount) {
}
