package com.acme.orders.fulfilment;

public record OrderLine(String sku, int quantity, String warehouseId) {
}
