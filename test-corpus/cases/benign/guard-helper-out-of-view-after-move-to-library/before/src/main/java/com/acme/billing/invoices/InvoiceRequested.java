package com.acme.billing.invoices;

public record InvoiceRequested(String messageId, String customerId, long amountCents) {
}
