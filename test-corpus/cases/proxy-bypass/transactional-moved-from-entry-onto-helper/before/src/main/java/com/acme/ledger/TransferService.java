package com.acme.ledger;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class TransferService {
    private final EntryRepository entries;

    public TransferService(EntryRepository entries) {
        this.entries = entries;
    }

    @Transactional
    public void transfer(Transfer t) {
        if (t.amount().signum() <= 0) {
            throw new IllegalArgumentException("amount must be positive");
        }
        entries.debit(t.from(), t.amount());
        entries.credit(t.to(), t.amount());
    }

}
