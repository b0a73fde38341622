package com.acme.shipping.carrier;

import java.math.BigDecimal;

public record Quote(String carrier, BigDecimal price) {
}
