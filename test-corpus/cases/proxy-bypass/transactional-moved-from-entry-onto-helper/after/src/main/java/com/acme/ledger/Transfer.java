package com.acme.ledger;

import java.math.BigDecimal;

public record Transfer(String from, String to, BigDecimal amount) {
}
