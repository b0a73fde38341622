package com.acme.b2b.quoting;

public record PricedLine(String sku, int quantity, long unitPriceCents) {
    public long totalCents() {
        return unitPriceCents * quantity;
    }
}
