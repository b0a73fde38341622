package com.acme.ledger.close;

public interface LedgerRepository {
    void closeBusinessDate(String businessDate);
}
