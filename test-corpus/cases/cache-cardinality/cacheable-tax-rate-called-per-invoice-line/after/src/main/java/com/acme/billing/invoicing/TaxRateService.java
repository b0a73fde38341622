package com.acme.billing.invoicing;

import java.math.BigDecimal;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

@Service
public class TaxRateService {
    private final JdbcTemplate jdbcTemplate;

    public TaxRateService(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    @Cacheable(cacheNames = "taxRates", key = "#region")
    public BigDecimal rateFor(String region) {
        return jdbcTemplate.queryForObject(
                "select rate from tax_rate where region = ? and valid_to is null", BigDecimal.class, region);
    }
}
