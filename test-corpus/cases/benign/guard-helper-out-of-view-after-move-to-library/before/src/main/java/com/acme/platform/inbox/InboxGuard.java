package com.acme.platform.inbox;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

@Component
public class InboxGuard {
    private final JdbcTemplate jdbc;

    public InboxGuard(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public boolean alreadyHandled(String messageId) {
        Integer n = jdbc.queryForObject("select count(*) from inbox where message_id = ?", Integer.class, messageId);
        return n != null && n > 0;
    }
}
