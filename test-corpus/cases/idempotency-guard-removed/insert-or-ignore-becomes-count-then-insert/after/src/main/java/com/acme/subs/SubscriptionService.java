package com.acme.subs;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

@Service
public class SubscriptionService {
    private final JdbcTemplate jdbc;

    public SubscriptionService(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void subscribe(long userId, String topic) {
        Integer existing = jdbc.queryForObject(
                "SELECT count(*) FROM subscription WHERE user_id = ? AND topic = ?", Integer.class, userId, topic);
        if (existing != null && existing > 0) {
            return;
        }
        jdbc.update("INSERT INTO subscription (user_id, topic) VALUES (?, ?)", // expect: idempotency-guard-removed
                userId, topic);
    }
}
