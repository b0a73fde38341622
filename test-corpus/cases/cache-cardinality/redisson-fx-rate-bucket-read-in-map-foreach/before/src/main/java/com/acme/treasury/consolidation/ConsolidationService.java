package com.acme.treasury.consolidation;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.redisson.api.RBucket;
import org.redisson.api.RedissonClient;
import org.springframework.stereotype.Service;

@Service
public class ConsolidationService {
    private final RedissonClient redissonClient;
    private final ObjectMapper objectMapper;

    public ConsolidationService(RedissonClient redissonClient, ObjectMapper objectMapper) {
        this.redissonClient = redissonClient;
        this.objectMapper = objectMapper;
    }

    public ConsolidatedBalance consolidate(Map<String, BigDecimal> balances, String target) throws IOException {
        RBucket<String> snapshot = redissonClient.getBucket("fx:snapshot:" + target);
        Map<String, BigDecimal> rates = objectMapper.readValue(snapshot.get(),
                new TypeReference<Map<String, BigDecimal>>() { });
        Map<String, BigDecimal> converted = new HashMap<>();
        balances.forEach((currency, amount) -> {
            BigDecimal rate = rates.getOrDefault(currency, BigDecimal.ONE);
            converted.put(currency, amount.multiply(rate));
        });
        BigDecimal total = converted.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return new ConsolidatedBalance(target, total, converted);
    }
}
