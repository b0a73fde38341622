package com.acme.payments.fx;

import java.math.BigDecimal;

public record Payment(String id, String currency, BigDecimal amount) {
}
