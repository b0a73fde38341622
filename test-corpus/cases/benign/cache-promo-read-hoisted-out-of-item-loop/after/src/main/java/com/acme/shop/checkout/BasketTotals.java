package com.acme.shop.checkout;

import java.math.BigDecimal;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Service;

@Service
public class BasketTotals {
    private static final String PROMO_PREFIX = "promo:";

    private final StringRedisTemplate redisTemplate;

    public BasketTotals(StringRedisTemplate redisTemplate) {
        this.redisTemplate = redisTemplate;
    }

    public BigDecimal total(Basket basket) {
        // the campaign is the same for every item: read its promo once
        String promo = redisTemplate.opsForValue().get(PROMO_PREFIX + basket.campaign());
        BigDecimal factor = promo == null ? BigDecimal.ONE : BigDecimal.ONE.subtract(new BigDecimal(promo));
        BigDecimal total = BigDecimal.ZERO;
        for (BasketItem item : basket.items()) {
            total = total.add(item.subtotal().multiply(factor));
        }
        return total;
    }
}
