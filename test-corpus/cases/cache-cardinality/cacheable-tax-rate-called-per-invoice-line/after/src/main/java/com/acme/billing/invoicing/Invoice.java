package com.acme.billing.invoicing;

import java.math.BigDecimal;
import java.util.List;

public record Invoice(String customerId, String billingRegion, List<InvoiceLine> lines, BigDecimal net,
                      BigDecimal tax) {
}
