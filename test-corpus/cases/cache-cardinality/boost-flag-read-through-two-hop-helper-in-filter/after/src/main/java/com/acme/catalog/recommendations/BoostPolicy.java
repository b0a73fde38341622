package com.acme.catalog.recommendations;

import io.lettuce.core.api.sync.RedisCommands;
import org.springframework.stereotype.Component;

@Component
public class BoostPolicy {
    private final RedisCommands<String, String> redis;

    public BoostPolicy(RedisCommands<String, String> redis) {
        this.redis = redis;
    }

    public boolean isBoosted(Candidate candidate) {
        String flag = flagFor(candidate.tenantId(), candidate.productId());
        return "1".equals(flag);
    }

    private String flagFor(String tenantId, String productId) {
        return redis.hget("boosts:" + tenantId, productId);
    }
}
