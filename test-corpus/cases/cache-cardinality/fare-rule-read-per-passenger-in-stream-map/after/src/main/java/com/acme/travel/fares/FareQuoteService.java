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
        BigDecimal total = itinerary.passengers().stream()
                .map(passenger -> seatFare(itinerary, passenger)) // expect: cache-cardinality
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return new FareQuote(itinerary.id(), total);
    }

    /** Child and infant seats can sit in a different fare class than the booking. */
    private BigDecimal seatFare(Itinerary itinerary, Passenger passenger) {
        HashOperations<String, String, String> rules = redisTemplate.opsForHash();
        String rule = rules.get(RULES_KEY + itinerary.carrier(), passenger.fareClass());
        return fareCalculator.applyRule(itinerary.baseFare(), rule);
    }
}
