package com.acme.ledger;

import java.math.BigDecimal;

public record SettlementEvent(String eventId, String accountId, BigDecimal amount) {
}
