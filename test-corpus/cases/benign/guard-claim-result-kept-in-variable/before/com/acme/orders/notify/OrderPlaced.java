package com.acme.orders.notify;

public record OrderPlaced(String orderId, String customerEmail, String customerName, long totalCents) {
}
