package com.acme.catalog;

public record Product(Long id, String name) {
}
