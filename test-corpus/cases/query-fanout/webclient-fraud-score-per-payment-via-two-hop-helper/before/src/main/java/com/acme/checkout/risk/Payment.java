package com.acme.checkout.risk;

import java.math.BigDecimal;

public record Payment(String id, String method, BigDecimal amount, String cardFingerprint) {
}
