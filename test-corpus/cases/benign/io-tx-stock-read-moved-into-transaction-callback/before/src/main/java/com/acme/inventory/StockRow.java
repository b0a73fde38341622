package com.acme.inventory;

public record StockRow(String sku, int available) {
}
