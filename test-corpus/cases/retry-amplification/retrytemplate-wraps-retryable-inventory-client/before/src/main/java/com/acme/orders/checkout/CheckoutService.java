package com.acme.orders.checkout;

import com.acme.orders.inventory.InventoryClient;
import com.acme.orders.inventory.Reservation;
import org.springframework.stereotype.Service;

@Service
public class CheckoutService {
    private final InventoryClient inventoryClient;

    public CheckoutService(InventoryClient inventoryClient) {
        this.inventoryClient = inventoryClient;
    }

    public Reservation reserveStock(String sku, int quantity) {
        return inventoryClient.reserve(sku, quantity);
    }
}
