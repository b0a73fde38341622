package com.acme.orders.api;

public record Order(String id, long totalCents) {
}
