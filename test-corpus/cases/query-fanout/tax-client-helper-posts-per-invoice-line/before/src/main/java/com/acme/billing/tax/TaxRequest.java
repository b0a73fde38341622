package com.acme.billing.tax;

import java.util.List;

public record TaxRequest(String customerId, List<InvoiceLine> lines) {
}
