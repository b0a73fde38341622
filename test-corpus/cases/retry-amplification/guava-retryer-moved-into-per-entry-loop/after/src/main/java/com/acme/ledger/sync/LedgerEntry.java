package com.acme.ledger.sync;

import java.math.BigDecimal;

public record LedgerEntry(String account, BigDecimal amount) {
}
