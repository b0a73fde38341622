package com.acme.erp.customs;

import java.math.BigDecimal;

public record ExportLine(String sku, String hsCode, BigDecimal customsValue) {
}
