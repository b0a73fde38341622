package com.acme.settlement.batch;

public interface SettlementRepository {
    void markSubmitted(String batchId, String reference);
}
