package com.acme.shop.pricing;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Service;

@Service
public class PricingService {
    private final StringRedisTemplate redisTemplate;
    private final DiscountRuleRepository discountRuleRepository;
    private final ObjectMapper objectMapper;

    public PricingService(StringRedisTemplate redisTemplate, DiscountRuleRepository discountRuleRepository,
                          ObjectMapper objectMapper) {
        this.redisTemplate = redisTemplate;
        this.discountRuleRepository = discountRuleRepository;
        this.objectMapper = objectMapper;
    }

    public BigDecimal price(Cart cart) {
        String tenant = cart.getTenant();
        String region = cart.getRegion();
        Map<String, BigDecimal> discounts;
        String cached = redisTemplate.opsForValue().get("discount_rules:" + tenant + ":" + region);
        if (cached != null) {
            discounts = parse(cached);
        } else {
            List<DiscountRule> rules = discountRuleRepository.findActiveRules(tenant, region);
            discounts = rules.stream().collect(Collectors.toMap(DiscountRule::getCategory, DiscountRule::getPercent));
        }
        BigDecimal total = BigDecimal.ZERO;
        for (CartItem item : cart.getItems()) {
            BigDecimal percent = discounts.getOrDefault(item.category(), BigDecimal.ZERO);
            total = total.add(item.subtotal().multiply(BigDecimal.ONE.subtract(percent)));
        }
        return total;
    }

    private Map<String, BigDecimal> parse(String json) {
        try {
            return objectMapper.readValue(json, new TypeReference<Map<String, BigDecimal>>() { });
        } catch (Exception e) {
            return Map.of();
        }
    }
}
