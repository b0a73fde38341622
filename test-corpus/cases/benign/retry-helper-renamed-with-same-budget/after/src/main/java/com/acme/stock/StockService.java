package com.acme.stock;

public interface StockService {
    int available(String sku);
}
