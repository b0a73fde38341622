package com.acme.fx;

import java.math.BigDecimal;

public record Rate(String pair, BigDecimal value) {
}
