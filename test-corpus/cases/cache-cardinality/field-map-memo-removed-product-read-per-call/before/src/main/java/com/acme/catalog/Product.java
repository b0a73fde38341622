package com.acme.catalog;

public record Product(Long id, String code, String name) {
}
