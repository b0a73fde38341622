package com.acme.pricing.imports;

public record PriceRow(int lineNumber, String sku, String currency, String amount) {
}
