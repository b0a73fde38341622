package com.acme.stock;

import dev.failsafe.Failsafe;
import dev.failsafe.RetryPolicy;
import java.time.Duration;

public class AvailabilityView {
    private static final RetryPolicy<Integer> STOCK_RETRY = RetryPolicy.<Integer>builder()
            .withMaxRetries(2)
            .withDelay(Duration.ofMillis(100))
            .build();

    private final StockService stock;

    public AvailabilityView(StockService stock) {
        this.stock = stock;
    }

    public String render(String sku) {
        int count = fetchAvailability(sku);
        return count > 0 ? count + " in stock" : "sold out";
    }

    private int fetchAvailability(String sku) {
        return Failsafe.with(STOCK_RETRY).get(() -> stock.available(sku));
    }
}
