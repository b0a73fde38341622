package com.acme.billing;

import java.math.BigDecimal;

public record Tariff(String region, BigDecimal factor) {
}
