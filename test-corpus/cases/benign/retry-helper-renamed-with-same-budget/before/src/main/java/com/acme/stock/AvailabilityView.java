package com.acme.stock;

import dev.failsafe.Failsafe;
import dev.failsafe.RetryPolicy;
import java.time.Duration;

public class AvailabilityView {
    private final StockService stock;

    public AvailabilityView(StockService stock) {
        this.stock = stock;
    }

    public String render(String sku) {
        int count = availableWithRetry(sku);
        return count > 0 ? count + " in stock" : "sold out";
    }

    private int availableWithRetry(String sku) {
        RetryPolicy<Integer> policy = RetryPolicy.<Integer>builder()
                .withMaxRetries(2)
                .withDelay(Duration.ofMillis(100))
                .build();
        return Failsafe.with(policy).get(() -> stock.available(sku));
    }
}
