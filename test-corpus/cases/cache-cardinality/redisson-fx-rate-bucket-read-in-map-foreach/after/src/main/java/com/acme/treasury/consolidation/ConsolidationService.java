package com.acme.treasury.consolidation;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.redisson.api.RedissonClient;
import org.springframework.stereotype.Service;

@Service
public class ConsolidationService {
    private final RedissonClient redissonClient;

    public ConsolidationService(RedissonClient redissonClient) {
        this.redissonClient = redissonClient;
    }

    public ConsolidatedBalance consolidate(Map<String, BigDecimal> balances, String target) {
        Map<String, BigDecimal> converted = new HashMap<>();
        balances.forEach((currency, amount) -> {
            String pair = currency + ":" + target;
            String quoted = redissonClient.<String>getBucket("fx:rate:" + pair).get(); // expect: cache-cardinality
            BigDecimal rate = quoted == null ? BigDecimal.ONE : new BigDecimal(quoted);
            converted.put(currency, amount.multiply(rate));
        });
        BigDecimal total = converted.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return new ConsolidatedBalance(target, total, converted);
    }
}
