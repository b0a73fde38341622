package com.acme.shop.invoicing;

import java.util.List;

public record Draft(String number, String countryCode, List<InvoiceItem> items) {
}
