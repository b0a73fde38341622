package com.acme.dashboard;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

@Service
public class DashboardService {
    private final JdbcTemplate jdbcTemplate;

    public DashboardService(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    public String summary(String accountId) {
        return jdbcTemplate.queryForObject( // expect: cache-cardinality
                "select summary_of(account_id) from orders where account_id = ?", String.class, accountId);
    }
}
