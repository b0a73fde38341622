package com.acme.billing.store;

public record InvoiceLine(long invoiceId, String sku, long cents) {
}
