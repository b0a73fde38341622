package com.acme.fulfilment.allocation;

public record OrderLine(String sku, int quantity, String warehouseId) {
}
