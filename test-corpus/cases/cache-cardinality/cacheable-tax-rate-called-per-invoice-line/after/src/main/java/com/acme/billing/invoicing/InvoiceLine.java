package com.acme.billing.invoicing;

import java.math.BigDecimal;

public record InvoiceLine(String description, BigDecimal netAmount, String shipToRegion) {
}
