package com.acme.shop.checkout;

import java.math.BigDecimal;

public record BasketItem(String sku, int quantity, BigDecimal unitPrice) {
    public BigDecimal subtotal() {
        return unitPrice.multiply(BigDecimal.valueOf(quantity));
    }
}
