package com.acme.api.metering;

import java.time.Duration;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

@Component
public class UsageMeter {
    private final StringRedisTemplate redisTemplate;
    private final Queue<UsageEvent> pending = new ConcurrentLinkedQueue<>();
    private final String apiKey;

    public UsageMeter(StringRedisTemplate redisTemplate, MeteringProperties properties) {
        this.redisTemplate = redisTemplate;
        this.apiKey = properties.apiKey();
    }

    public void record(UsageEvent event) {
        pending.add(event);
    }

    @Scheduled(fixedDelay = 1000)
    public void flush() {
        long count = 0;
        while (!pending.isEmpty()) {
            pending.poll();
            count++;
        }
        if (count > 0) {
            String key = "quota:" + apiKey;
            redisTemplate.opsForValue().increment(key, count);
            redisTemplate.expire(key, Duration.ofHours(1));
        }
    }
}
