package com.acme.fulfilment.allocation;

public record PickTask(String orderId, String sku, int quantity, String warehouseId, String zone) {
}
