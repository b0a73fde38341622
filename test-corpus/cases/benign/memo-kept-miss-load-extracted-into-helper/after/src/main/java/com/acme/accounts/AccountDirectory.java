package com.acme.accounts;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

@Component
public class AccountDirectory {
    private final JdbcTemplate jdbcTemplate;
    private final Map<String, String> owners = new ConcurrentHashMap<>();

    public AccountDirectory(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    public String owner(String accountId) {
        String owner = owners.get(accountId);
        return owner != null ? owner : loadAndRemember(accountId);
    }

    private String loadAndRemember(String accountId) {
        String owner = jdbcTemplate.queryForObject("select owner from account where id = ?", String.class, accountId);
        owners.put(accountId, owner);
        return owner;
    }
}
