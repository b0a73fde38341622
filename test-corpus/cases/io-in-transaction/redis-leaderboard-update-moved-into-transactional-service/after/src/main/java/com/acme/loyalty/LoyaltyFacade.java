package com.acme.loyalty;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Service;

@Service
public class LoyaltyFacade {
    private final PointsService pointsService;
    private final StringRedisTemplate redis;

    public LoyaltyFacade(PointsService pointsService, StringRedisTemplate redis) {
        this.pointsService = pointsService;
        this.redis = redis;
    }

    public void award(String member, long amount) {
        pointsService.award(member, amount); // expect: io-in-transaction
    }

}
