package com.acme.treasury.consolidation;

import java.math.BigDecimal;
import java.util.Map;

public record ConsolidatedBalance(String targetCurrency, BigDecimal total, Map<String, BigDecimal> converted) {
}
