package com.acme.analytics.pageviews;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

@Component
public class PageViewCounter {
    private static final int SHARDS = 4;

    private final StringRedisTemplate redisTemplate;

    public PageViewCounter(StringRedisTemplate redisTemplate) {
        this.redisTemplate = redisTemplate;
    }

    public void increment(String pageId) {
        int shard = ThreadLocalRandom.current().nextInt(SHARDS);
        redisTemplate.opsForValue().increment("pv:" + pageId + ":" + shard);
    }

    public long total(String pageId) {
        long total = 0;
        for (int shard = 0; shard < SHARDS; shard++) {
            String value = redisTemplate.opsForValue().get("pv:" + pageId + ":" + shard);
            total += value == null ? 0L : Long.parseLong(value);
        }
        return total;
    }

    public Map<String, Long> byRegion(String pageId) {
        Map<String, Long> totals = new LinkedHashMap<>();
        for (String region : List.of("eu", "us")) {
            String value = redisTemplate.opsForValue().get("pv:region:" + region + ":" + pageId);
            totals.put(region, value == null ? 0L : Long.parseLong(value));
        }
        return totals;
    }
}
