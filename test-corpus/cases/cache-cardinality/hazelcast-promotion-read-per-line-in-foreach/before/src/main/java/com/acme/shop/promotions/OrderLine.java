package com.acme.shop.promotions;

import java.math.BigDecimal;

public record OrderLine(String sku, String campaignId, BigDecimal amount) {
}
