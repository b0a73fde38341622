package com.acme.ledger;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class TransferService {
    private final EntryRepository entries;

    public TransferService(EntryRepository entries) {
        this.entries = entries;
    }

    public void transfer(Transfer t) {
        if (t.amount().signum() <= 0) {
            throw new IllegalArgumentException("amount must be positive");
        }
        book(t); // expect: proxy-bypass
    }

    @Transactional
    public void book(Transfer t) {
        entries.debit(t.from(), t.amount());
        entries.credit(t.to(), t.amount());
    }

}
