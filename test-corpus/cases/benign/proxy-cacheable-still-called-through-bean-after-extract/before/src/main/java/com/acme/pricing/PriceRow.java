package com.acme.pricing;

public record PriceRow(String sku) {
}
