package com.acme.billing.export;

import java.math.BigDecimal;

public record InvoiceLineRow(long invoiceId, String description, BigDecimal amount) {
}
