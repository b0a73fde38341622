package com.acme.billing;

import java.math.BigDecimal;

public record Line(String sku, BigDecimal amount) {
}
