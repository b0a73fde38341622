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
        Promotion promotion = promotions.get(order.getCampaignId());
        if (promotion == null) {
            return discounts;
        }
        order.getLines().forEach(line -> discounts.put(line.sku(), promotion.discountOn(line.amount())));
        return discounts;
    }
}
