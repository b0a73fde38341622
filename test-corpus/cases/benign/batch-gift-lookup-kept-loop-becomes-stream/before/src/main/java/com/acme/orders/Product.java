package com.acme.orders;

public record Product(Long id, String name) {
}
