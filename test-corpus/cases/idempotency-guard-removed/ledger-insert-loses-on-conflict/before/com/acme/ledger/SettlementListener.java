package com.acme.ledger;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
public class SettlementListener {
    private final LedgerRepository ledger;

    public SettlementListener(LedgerRepository ledger) {
        this.ledger = ledger;
    }

    @Transactional
    @KafkaListener(topics = "settlements")
    public void onSettlement(SettlementEvent event) {
        ledger.insertIfAbsent(event.eventId(), event.accountId(), event.amount());
    }
}
