package com.acme.inventory;

public record ReserveStock(String messageId, String sku, int quantity) {
}
