package com.acme.shop.pricing;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/** Discount lookup shared by pricing and quotes. */
@Component
public class DiscountCalculator {
    private final StringRedisTemplate redisTemplate;
    private final DiscountRuleRepository discountRuleRepository;
    private final ObjectMapper objectMapper;

    public DiscountCalculator(StringRedisTemplate redisTemplate, DiscountRuleRepository discountRuleRepository,
                              ObjectMapper objectMapper) {
        this.redisTemplate = redisTemplate;
        this.discountRuleRepository = discountRuleRepository;
        this.objectMapper = objectMapper;
    }

    public BigDecimal discountFor(String tenant, String region, String category) {
        return rulesFor(tenant, region).getOrDefault(category, BigDecimal.ZERO);
    }

    private Map<String, BigDecimal> rulesFor(String tenant, String region) {
        String cached = redisTemplate.opsForValue().get("discount_rules:" + tenant + ":" + region);
        if (cached != null) {
            return parse(cached);
        }
        List<DiscountRule> rules = discountRuleRepository.findActiveRules(tenant, region);
        return rules.stream().collect(Collectors.toMap(DiscountRule::getCategory, DiscountRule::getPercent));
    }

    private Map<String, BigDecimal> parse(String json) {
        try {
            return objectMapper.readValue(json, new TypeReference<Map<String, BigDecimal>>() { });
        } catch (Exception e) {
            return Map.of();
        }
    }
}
