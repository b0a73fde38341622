package com.acme.shop.pricing;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.springframework.data.redis.core.StringRedisTemplate;

public class RegionalPricing {
    private final Map<String, StringRedisTemplate> shards;

    public RegionalPricing(Map<String, StringRedisTemplate> shards) {
        this.shards = shards;
    }

    public BigDecimal total(String region, List<CartItem> items) {
        var redis = shards.get(region);
        String factor = redis.opsForValue().get("price-factor:" + region);
        BigDecimal multiplier = factor == null ? BigDecimal.ONE : new BigDecimal(factor);
        BigDecimal total = BigDecimal.ZERO;
        for (CartItem item : items) {
            total = total.add(item.unitPrice().multiply(BigDecimal.valueOf(item.quantity())).multiply(multiplier));
        }
        return total;
    }
}
