package com.acme.storefront.availability;

public record StockLevel(String sku, int available) {
}
