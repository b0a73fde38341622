package com.acme.orders;

public record OrderPlaced(Order order) {
}
