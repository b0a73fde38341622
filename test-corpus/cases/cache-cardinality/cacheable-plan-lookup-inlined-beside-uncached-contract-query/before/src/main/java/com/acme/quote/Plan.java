package com.acme.quote;

import java.math.BigDecimal;

public record Plan(String code, BigDecimal monthly) {
}
