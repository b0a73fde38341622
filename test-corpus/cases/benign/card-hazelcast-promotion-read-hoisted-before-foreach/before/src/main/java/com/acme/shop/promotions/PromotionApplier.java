package com.acme.shop.promotions;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

@Component
public class PromotionApplier {
    private final IMap<String, Promotion> promotions;

    public PromotionApplier(HazelcastInstance hazelcastClient) {
        this.promotions = hazelcastClient.getMap("promotions");
    }

    public Map<String, BigDecimal> apply(Order order) {
        Map<String, BigDecimal> discounts = new HashMap<>();
        order.lines().forEach(line -> {
            Promotion promotion = promotions.get(order.campaignId());
            if (promotion != null) {
                discounts.put(line.sku(), promotion.discountOn(line.amount()));
            }
        });
        return discounts;
    }
}
