package com.acme.billing.tax;

import java.util.List;

public record Invoice(String number, String customerId, List<InvoiceLine> lines) {
}
