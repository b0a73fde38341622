package com.acme.inventory.counts;

import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
public class CycleCountWriter {
    private static final String UPDATE_SQL =
            "UPDATE bin_stock SET counted_qty = ?, counted_at = now() WHERE bin_code = ? AND sku = ?";

    private final JdbcTemplate jdbcTemplate;

    public CycleCountWriter(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    @Transactional
    public int record(String binCode, Map<String, Integer> countedBySku) {
        int[] updated = {0};
        countedBySku.forEach((sku, counted) ->
                updated[0] += jdbcTemplate.update(UPDATE_SQL, counted, binCode, sku));
        return updated[0];
    }
}
