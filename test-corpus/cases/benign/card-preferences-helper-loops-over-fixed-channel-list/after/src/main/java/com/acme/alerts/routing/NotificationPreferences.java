package com.acme.alerts.routing;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.data.redis.core.RedisTemplate;
import org.springframework.stereotype.Component;

@Component
public class NotificationPreferences {
    private static final String PREFS_KEY = "prefs:";

    private final RedisTemplate<String, String> redisTemplate;

    public NotificationPreferences(RedisTemplate<String, String> redisTemplate) {
        this.redisTemplate = redisTemplate;
    }

    public Set<String> channelsFor(User user) {
        Set<String> channels = new LinkedHashSet<>();
        // one hash field per channel ("on"/"off") since the preferences page edits them separately
        for (String channel : List.of("email", "push", "sms")) {
            Object enabled = redisTemplate.opsForHash().get(PREFS_KEY + user.id(), channel);
            if ("on".equals(enabled)) {
                channels.add(channel);
            }
        }
        return channels;
    }
}
