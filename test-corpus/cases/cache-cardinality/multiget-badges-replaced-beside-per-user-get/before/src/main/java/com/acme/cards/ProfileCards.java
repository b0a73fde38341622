package com.acme.cards;

import java.util.ArrayList;
import java.util.List;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Service;

@Service
public class ProfileCards {
    private final StringRedisTemplate redis;

    public ProfileCards(StringRedisTemplate redis) {
        this.redis = redis;
    }

    public List<String> render(List<String> userIds, List<String> badgeKeys) {
        List<String> out = new ArrayList<>();
        for (String user : userIds) {
            out.add(user + ": " + redis.opsForValue().get("status:" + user));
        }
        List<String> labels = redis.opsForValue().multiGet(badgeKeys);
        if (labels != null) {
            out.addAll(labels);
        }
        return out;
    }
}
