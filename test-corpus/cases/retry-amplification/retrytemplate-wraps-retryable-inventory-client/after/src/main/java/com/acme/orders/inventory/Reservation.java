package com.acme.orders.inventory;

public record Reservation(String sku, int quantity, String token) {
}
