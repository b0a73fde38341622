package com.acme.retail.shelf;

import java.math.BigDecimal;

public record Article(String sku, String name, BigDecimal listPrice) {
}
