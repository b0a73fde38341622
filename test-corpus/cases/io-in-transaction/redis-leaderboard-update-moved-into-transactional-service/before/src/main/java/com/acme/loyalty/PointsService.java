package com.acme.loyalty;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class PointsService {
    private final PointsRepository points;

    public PointsService(PointsRepository points) {
        this.points = points;
    }

    @Transactional
    public void award(String member, long amount) {
        points.addPoints(member, amount);
    }

}
