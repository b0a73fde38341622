package com.acme.ledger.sync;

import java.util.List;

public interface LedgerGateway {
    void post(List<LedgerEntry> entries);

    void postOne(LedgerEntry entry);
}
