package com.acme.orders.api;

public record OrderView(String id, long totalCents) {
}
