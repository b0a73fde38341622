package com.acme.wholesale.quotes;

import java.math.BigDecimal;

public record QuoteLine(String sku, int quantity, BigDecimal unitPrice) {
    public BigDecimal total() {
        return unitPrice.multiply(BigDecimal.valueOf(quantity));
    }
}
