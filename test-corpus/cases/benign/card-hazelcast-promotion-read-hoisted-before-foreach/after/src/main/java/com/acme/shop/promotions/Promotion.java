package com.acme.shop.promotions;

import java.io.Serializable;
import java.math.BigDecimal;

public record Promotion(String campaignId, BigDecimal percentOff, BigDecimal maxDiscount) implements Serializable {
    public BigDecimal discountOn(BigDecimal amount) {
        BigDecimal discount = amount.multiply(percentOff).movePointLeft(2);
        return discount.min(maxDiscount);
    }
}
