package com.acme.tax.invoices;

import java.math.BigDecimal;

public record Line(String region, BigDecimal net) {
}
