package com.acme.dashboard;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

@Service
public class DashboardService {
    private final StringRedisTemplate redis;
    private final JdbcTemplate jdbcTemplate;

    public DashboardService(StringRedisTemplate redis, JdbcTemplate jdbcTemplate) {
        this.redis = redis;
        this.jdbcTemplate = jdbcTemplate;
    }

    public String summary(String accountId) {
        String cached = redis.opsForValue().get("summary:" + accountId);
        if (cached != null) {
            return cached;
        }
        String summary = jdbcTemplate.queryForObject(
                "select summary_of(account_id) from orders where account_id = ?", String.class, accountId);
        redis.opsForValue().set("summary:" + accountId, summary);
        return summary;
    }
}
