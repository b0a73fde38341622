package com.acme.orders;

import java.math.BigDecimal;

public record Order(String id, BigDecimal total) {
}
