package com.acme.erp.fulfilment;

public record OrderLine(String sku, int quantity, String zoneCode) {
}
