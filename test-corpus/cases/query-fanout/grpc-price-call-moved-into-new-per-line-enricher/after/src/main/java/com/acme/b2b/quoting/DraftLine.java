package com.acme.b2b.quoting;

public record DraftLine(String sku, int quantity) {
}
