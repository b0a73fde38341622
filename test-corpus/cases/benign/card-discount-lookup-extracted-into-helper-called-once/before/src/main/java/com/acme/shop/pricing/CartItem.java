package com.acme.shop.pricing;

import java.math.BigDecimal;

public record CartItem(String sku, String category, int quantity, BigDecimal unitPrice) {
    public BigDecimal subtotal() {
        return unitPrice.multiply(BigDecimal.valueOf(quantity));
    }
}
