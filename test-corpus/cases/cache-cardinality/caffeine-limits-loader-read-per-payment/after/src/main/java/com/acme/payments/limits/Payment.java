package com.acme.payments.limits;

import java.math.BigDecimal;

public record Payment(String id, String merchantId, BigDecimal amount) {
}
