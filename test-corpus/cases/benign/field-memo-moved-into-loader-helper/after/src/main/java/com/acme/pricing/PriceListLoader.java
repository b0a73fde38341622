package com.acme.pricing;

import java.math.BigDecimal;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

@Component
public class PriceListLoader {
    private final JdbcTemplate jdbcTemplate;
    private final Map<String, BigDecimal> prices = new ConcurrentHashMap<>();

    public PriceListLoader(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    public BigDecimal price(String sku) {
        BigDecimal price = prices.get(sku);
        if (price != null) {
            return price;
        }
        price = jdbcTemplate.queryForObject("select price from list_price where sku = ?", BigDecimal.class, sku);
        prices.put(sku, price);
        return price;
    }
}
