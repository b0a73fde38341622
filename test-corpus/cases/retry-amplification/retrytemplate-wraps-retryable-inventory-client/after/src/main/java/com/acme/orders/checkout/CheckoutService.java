package com.acme.orders.checkout;

import com.acme.orders.inventory.InventoryClient;
import com.acme.orders.inventory.Reservation;
import org.springframework.retry.support.RetryTemplate;
import org.springframework.stereotype.Service;

@Service
public class CheckoutService {
    private final InventoryClient inventoryClient;
    private final RetryTemplate retryTemplate = RetryTemplate.builder()
            .maxAttempts(3)
            .exponentialBackoff(100, 2.0, 2000)
            .build();

    public CheckoutService(InventoryClient inventoryClient) {
        this.inventoryClient = inventoryClient;
    }

    public Reservation reserveStock(String sku, int quantity) {
        return retryTemplate.execute(context -> inventoryClient.reserve(sku, quantity)); // expect: retry-amplification
    }
}
