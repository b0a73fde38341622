package com.acme.orders;

public record Order(String id, String email) {
}
