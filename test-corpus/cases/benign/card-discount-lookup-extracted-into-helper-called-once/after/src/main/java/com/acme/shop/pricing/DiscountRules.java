package com.acme.shop.pricing;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.data.redis.core.RedisTemplate;
import org.springframework.stereotype.Component;

/** Active discount percentages per category for a tenant and region. */
@Component
public class DiscountRules {
    private final RedisTemplate<String, Map<String, BigDecimal>> redisTemplate;
    private final DiscountRuleRepository discountRuleRepository;

    public DiscountRules(RedisTemplate<String, Map<String, BigDecimal>> redisTemplate,
                         DiscountRuleRepository discountRuleRepository) {
        this.redisTemplate = redisTemplate;
        this.discountRuleRepository = discountRuleRepository;
    }

    public Map<String, BigDecimal> forCart(Cart cart) {
        Map<String, BigDecimal> cached = redisTemplate.opsForValue()
                .get("discount_rules:" + cart.tenant() + ":" + cart.region());
        if (cached != null) {
            return cached;
        }
        List<DiscountRule> rules = discountRuleRepository.findByTenantAndRegionAndActiveTrue(cart.tenant(),
                cart.region());
        return rules.stream().collect(Collectors.toMap(DiscountRule::getCategory, DiscountRule::getPercent));
    }
}
