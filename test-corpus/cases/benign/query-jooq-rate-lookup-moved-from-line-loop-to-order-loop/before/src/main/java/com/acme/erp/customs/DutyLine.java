package com.acme.erp.customs;

import java.math.BigDecimal;

public record DutyLine(String orderNumber, String sku, BigDecimal duty) {
}
