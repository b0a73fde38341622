package com.acme.shop.pricing;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.data.redis.core.RedisTemplate;
import org.springframework.stereotype.Service;

@Service
public class PricingService {
    private final RedisTemplate<String, Map<String, BigDecimal>> redisTemplate;
    private final DiscountRuleRepository discountRuleRepository;

    public PricingService(RedisTemplate<String, Map<String, BigDecimal>> redisTemplate,
                          DiscountRuleRepository discountRuleRepository) {
        this.redisTemplate = redisTemplate;
        this.discountRuleRepository = discountRuleRepository;
    }

    public BigDecimal price(Cart cart) {
        Map<String, BigDecimal> discounts = redisTemplate.opsForValue()
                .get("discount_rules:" + cart.tenant() + ":" + cart.region());
        if (discounts == null) {
            List<DiscountRule> rules = discountRuleRepository.findByTenantAndRegionAndActiveTrue(cart.tenant(),
                    cart.region());
            discounts = rules.stream().collect(Collectors.toMap(DiscountRule::getCategory, DiscountRule::getPercent));
        }
        BigDecimal total = BigDecimal.ZERO;
        for (CartItem item : cart.items()) {
            BigDecimal percent = discounts.getOrDefault(item.category(), BigDecimal.ZERO);
            total = total.add(item.subtotal().multiply(BigDecimal.ONE.subtract(percent)));
        }
        return total;
    }
}
