package com.acme.catalog;

public record Stock(String sku, int available) {
    public static Stock unknown(String sku) {
        return new Stock(sku, -1);
    }
}
