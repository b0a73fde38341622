package com.acme.loyalty;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class PointsService {
    private final PointsRepository points;
    private final StringRedisTemplate redis;

    public PointsService(PointsRepository points, StringRedisTemplate redis) {
        this.points = points;
        this.redis = redis;
    }

    @Transactional
    public void award(String member, long amount) {
        points.addPoints(member, amount);
        redis.opsForZSet().incrementScore("leaderboard", member, amount);
    }

}
