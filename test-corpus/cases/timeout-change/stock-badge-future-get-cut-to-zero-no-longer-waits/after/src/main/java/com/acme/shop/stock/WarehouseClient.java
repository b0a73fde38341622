package com.acme.shop.stock;

public interface WarehouseClient {
    int unitsOnHand(String sku);
}
