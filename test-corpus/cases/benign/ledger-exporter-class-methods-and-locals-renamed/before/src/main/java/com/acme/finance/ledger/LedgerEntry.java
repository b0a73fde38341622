package com.acme.finance.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;

public record LedgerEntry(long id, String accountCode, BigDecimal amount, LocalDate bookedOn) {
}
