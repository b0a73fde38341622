package com.acme.ledger;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import java.math.BigDecimal;

@Entity
public class LedgerEntry {
    @Id
    private String eventId;
    private String accountId;
    private BigDecimal amount;
}
