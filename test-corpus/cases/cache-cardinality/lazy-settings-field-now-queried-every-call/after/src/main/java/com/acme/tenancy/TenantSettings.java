package com.acme.tenancy;

import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

@Component
public class TenantSettings {
    private final JdbcTemplate jdbcTemplate;

    public TenantSettings(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    public Map<String, Object> current() {
        return jdbcTemplate.queryForMap("select * from tenant_settings where active = true"); // expect: cache-cardinality
    }
}
