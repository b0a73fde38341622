package com.acme.checkout;

public record StockRow(String sku, int available) {
}
