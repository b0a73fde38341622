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
        jdbc.update("INSERT INTO subscription (user_id, topic) VALUES (?, ?) ON CONFLICT DO NOTHING",
                userId, topic);
    }
}
