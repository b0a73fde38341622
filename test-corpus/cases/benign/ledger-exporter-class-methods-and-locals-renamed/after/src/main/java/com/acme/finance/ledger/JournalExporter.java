package com.acme.finance.ledger;

import java.util.ArrayList;
import java.util.List;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

@Component
public class JournalExporter {
    private static final String ACCOUNT_NAME_SQL = "SELECT name FROM gl_account WHERE code = ?";

    private final JdbcTemplate jdbcTemplate;
    private final StringRedisTemplate redisTemplate;

    public JournalExporter(JdbcTemplate jdbcTemplate, StringRedisTemplate redisTemplate) {
        this.jdbcTemplate = jdbcTemplate;
        this.redisTemplate = redisTemplate;
    }

    public List<String> exportJournal(String companyCode, List<LedgerEntry> journalEntries) {
        String configured = redisTemplate.opsForValue().get("export_separator:" + companyCode);
        String separator = configured == null ? ";" : configured;
        List<String> lines = new ArrayList<>();
        for (LedgerEntry entry : journalEntries) {
            String accountName = jdbcTemplate.queryForObject(ACCOUNT_NAME_SQL, String.class, entry.accountCode());
            lines.add(String.join(separator, String.valueOf(entry.id()), entry.accountCode(), accountName,
                    entry.amount().toPlainString(), entry.bookedOn().toString()));
        }
        return lines;
    }
}
