package com.acme.orders.inventory;

import org.springframework.retry.annotation.Backoff;
import org.springframework.retry.annotation.Retryable;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestTemplate;

@Component
public class InventoryClient {
    private final RestTemplate restTemplate;

    public InventoryClient(RestTemplate restTemplate) {
        this.restTemplate = restTemplate;
    }

    @Retryable(maxAttempts = 3, backoff = @Backoff(delay = 200, multiplier = 2))
    public Reservation reserve(String sku, int quantity) {
        return restTemplate.getForObject("/stock/{sku}/reservations?quantity={quantity}", Reservation.class,
                sku, quantity);
    }
}
