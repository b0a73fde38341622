package com.acme.shop.pricing;

import java.math.BigDecimal;

public record CartItem(String sku, int quantity, BigDecimal unitPrice) {
}
