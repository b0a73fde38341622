package com.acme.billing.tax;

import java.math.BigDecimal;

public record InvoiceLine(String productCode, String shipToRegion, BigDecimal netAmount) {
}
