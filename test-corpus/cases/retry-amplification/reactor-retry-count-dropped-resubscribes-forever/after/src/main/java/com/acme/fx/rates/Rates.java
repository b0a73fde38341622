package com.acme.fx.rates;

import java.math.BigDecimal;
import java.util.Map;

public record Rates(String base, Map<String, BigDecimal> quotes) {
}
