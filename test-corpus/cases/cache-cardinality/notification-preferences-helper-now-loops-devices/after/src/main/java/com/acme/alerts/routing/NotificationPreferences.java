package com.acme.alerts.routing;

import java.util.Arrays;
import java.util.LinkedHashSet;
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
        // per-device settings: a muted phone must not receive pushes meant for the laptop
        for (String deviceId : user.getDeviceIds()) {
            Object raw = redisTemplate.opsForHash().get(PREFS_KEY + user.getId() + ":" + deviceId, "channels"); // expect: cache-cardinality
            if (raw != null) {
                channels.addAll(Arrays.asList(raw.toString().split(",")));
            }
        }
        return channels;
    }
}
