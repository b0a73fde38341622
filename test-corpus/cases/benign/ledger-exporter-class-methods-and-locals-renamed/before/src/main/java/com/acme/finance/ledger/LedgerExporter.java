package com.acme.finance.ledger;

import java.util.ArrayList;
import java.util.List;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

@Component
public class LedgerExporter {
    private static final String ACCOUNT_NAME_SQL = "SELECT name FROM gl_account WHERE code = ?";

    private final JdbcTemplate jdbc;
    private final StringRedisTemplate redis;

    public LedgerExporter(JdbcTemplate jdbc, StringRedisTemplate redis) {
        this.jdbc = jdbc;
        this.redis = redis;
    }

    public List<String> export(String company, List<LedgerEntry> entries) {
        String sep = redis.opsForValue().get("export_separator:" + company);
        String s = sep == null ? ";" : sep;
        List<String> out = new ArrayList<>();
        for (LedgerEntry e : entries) {
            String name = jdbc.queryForObject(ACCOUNT_NAME_SQL, String.class, e.accountCode());
            out.add(String.join(s, String.valueOf(e.id()), e.accountCode(), name, e.amount().toPlainString(),
                    e.bookedOn().toString()));
        }
        return out;
    }
}
