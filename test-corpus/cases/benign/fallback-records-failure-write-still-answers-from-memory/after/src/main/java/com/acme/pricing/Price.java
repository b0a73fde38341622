package com.acme.pricing;

import java.math.BigDecimal;

public record Price(String sku, BigDecimal amount) {
    public static final Price UNKNOWN = new Price("", BigDecimal.ZERO);
}
