package com.acme.storefront.stock;

public record StockLevel(String sku, int available) {
    public String badge() {
        if (available <= 0) {
            return "sold-out";
        }
        return available < 5 ? "low-stock" : "in-stock";
    }
}
