package com.acme.orders.summary;

public record OrderLine(Long productId, int quantity) {
}
