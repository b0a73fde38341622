package com.acme.analytics.pageviews;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

@Component
public class PageViewCounter {
    private final StringRedisTemplate redisTemplate;

    public PageViewCounter(StringRedisTemplate redisTemplate) {
        this.redisTemplate = redisTemplate;
    }

    public void increment(String pageId) {
        redisTemplate.opsForValue().increment("pv:" + pageId);
    }

    public long total(String pageId) {
        String value = redisTemplate.opsForValue().get("pv:" + pageId);
        return value == null ? 0L : Long.parseLong(value);
    }

    public Map<String, Long> byRegion(String pageId) {
        Map<String, Long> totals = new LinkedHashMap<>();
        String value = redisTemplate.opsForValue().get("pv:region:eu:" + pageId);
        totals.put("eu", value == null ? 0L : Long.parseLong(value));
        return totals;
    }
}
