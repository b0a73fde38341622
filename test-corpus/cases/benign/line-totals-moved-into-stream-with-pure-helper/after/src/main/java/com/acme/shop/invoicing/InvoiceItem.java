package com.acme.shop.invoicing;

import java.math.BigDecimal;

public record InvoiceItem(String sku, int quantity, BigDecimal unitPrice, BigDecimal discountPercent) {
}
