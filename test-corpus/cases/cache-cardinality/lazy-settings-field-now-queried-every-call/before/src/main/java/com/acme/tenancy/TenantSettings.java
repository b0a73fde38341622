package com.acme.tenancy;

import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

@Component
public class TenantSettings {
    private final JdbcTemplate jdbcTemplate;
    private volatile Map<String, Object> settings;

    public TenantSettings(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    public Map<String, Object> current() {
        if (settings == null) {
            settings = jdbcTemplate.queryForMap("select * from tenant_settings where active = true");
        }
        return settings;
    }
}
