package com.acme.pricing;

import java.math.BigDecimal;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

@Service
public class PriceService {
    private final JdbcTemplate jdbcTemplate;
    private final Map<String, BigDecimal> prices = new ConcurrentHashMap<>();

    public PriceService(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    public BigDecimal listPrice(String sku) {
        BigDecimal price = prices.get(sku);
        if (price == null) {
            price = jdbcTemplate.queryForObject("select price from list_price where sku = ?", BigDecimal.class, sku);
            prices.put(sku, price);
        }
        return price;
    }
}
