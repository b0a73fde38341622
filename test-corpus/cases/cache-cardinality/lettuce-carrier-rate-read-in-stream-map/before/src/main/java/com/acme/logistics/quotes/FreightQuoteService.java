package com.acme.logistics.quotes;

import io.lettuce.core.api.sync.RedisCommands;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.springframework.stereotype.Service;

@Service
public class FreightQuoteService {
    private static final String RATE_KEY = "carrier:rate:";

    private final RedisCommands<String, String> redis;

    public FreightQuoteService(RedisCommands<String, String> redis) {
        this.redis = redis;
    }

    public List<FreightQuote> quote(QuoteRequest request) {
        String carrier = request.carrier();
        BigDecimal perKg = new BigDecimal(redis.get(RATE_KEY + carrier));
        return request.shipments().stream()
                .map(s -> new FreightQuote(s.id(), carrier, perKg.multiply(s.weightKg())
                        .setScale(2, RoundingMode.HALF_UP)))
                .toList();
    }
}
