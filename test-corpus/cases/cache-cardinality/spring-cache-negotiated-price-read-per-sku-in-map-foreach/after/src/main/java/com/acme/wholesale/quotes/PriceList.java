package com.acme.wholesale.quotes;

import java.math.BigDecimal;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The public list prices, loaded at start-up from the catalogue export. */
@Component
public class PriceList {
    private volatile Map<String, BigDecimal> prices = Map.of();

    public BigDecimal listPrice(String sku) {
        return prices.getOrDefault(sku, BigDecimal.ZERO);
    }

    public void replace(Map<String, BigDecimal> newPrices) {
        this.prices = Map.copyOf(newPrices);
    }
}
