package com.acme.erp.fulfilment;

public record PickTask(String orderNumber, String sku, int quantity, String aisle, int walkOrder) {
}
