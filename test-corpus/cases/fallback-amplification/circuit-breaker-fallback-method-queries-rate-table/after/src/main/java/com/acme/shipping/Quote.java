package com.acme.shipping;

import java.math.BigDecimal;

public record Quote(String carrier, BigDecimal price) {
}
