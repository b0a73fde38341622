package com.acme.warehouse.replenishment;

public record StockLine(long partId, String partCode, int onHand) {
}
