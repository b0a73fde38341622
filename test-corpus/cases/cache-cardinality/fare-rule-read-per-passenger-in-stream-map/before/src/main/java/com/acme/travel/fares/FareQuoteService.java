package com.acme.travel.fares;

import java.math.BigDecimal;
import org.springframework.data.redis.core.HashOperations;
import org.springframework.data.redis.core.RedisTemplate;
import org.springframework.stereotype.Service;

@Service
public class FareQuoteService {
    private static final String RULES_KEY = "fare_rules:";

    private final RedisTemplate<String, String> redisTemplate;
    private final FareCalculator fareCalculator;

    public FareQuoteService(RedisTemplate<String, String> redisTemplate, FareCalculator fareCalculator) {
        this.redisTemplate = redisTemplate;
        this.fareCalculator = fareCalculator;
    }

    public FareQuote quote(Itinerary itinerary) {
        HashOperations<String, String, String> rules = redisTemplate.opsForHash();
        String rule = rules.get(RULES_KEY + itinerary.carrier(), itinerary.fareClass());
        BigDecimal perSeat = fareCalculator.applyRule(itinerary.baseFare(), rule);
        BigDecimal total = perSeat.multiply(BigDecimal.valueOf(itinerary.passengers().size()));
        return new FareQuote(itinerary.id(), total);
    }
}
