package com.acme.shop.catalog;

public record StockBadge(String sku, String label) {
}
