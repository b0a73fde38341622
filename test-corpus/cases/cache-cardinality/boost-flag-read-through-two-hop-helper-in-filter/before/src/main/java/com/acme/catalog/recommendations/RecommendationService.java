package com.acme.catalog.recommendations;

import io.lettuce.core.api.sync.RedisCommands;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

@Service
public class RecommendationService {
    private final CandidateSource candidateSource;
    private final RedisCommands<String, String> redis;

    public RecommendationService(CandidateSource candidateSource, RedisCommands<String, String> redis) {
        this.candidateSource = candidateSource;
        this.redis = redis;
    }

    public List<Candidate> recommend(String tenantId, String customerId, int limit) {
        Map<String, String> boosted = redis.hgetall("boosts:" + tenantId);
        return candidateSource.candidatesFor(tenantId, customerId).stream()
                .filter(c -> "1".equals(boosted.get(c.productId())))
                .limit(limit)
                .toList();
    }
}
