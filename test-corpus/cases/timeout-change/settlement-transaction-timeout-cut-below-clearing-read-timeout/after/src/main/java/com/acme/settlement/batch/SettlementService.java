package com.acme.settlement.batch;

import com.acme.settlement.clearing.ClearingClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class SettlementService {
    private final ClearingClient clearing;
    private final SettlementRepository settlements;

    public SettlementService(ClearingClient clearing, SettlementRepository settlements) {
        this.clearing = clearing;
        this.settlements = settlements;
    }

    @Transactional(timeout = 10) // expect: timeout-change
    public void settle(String batchId) {
        String reference = clearing.submit(batchId);
        settlements.markSubmitted(batchId, reference);
    }
}
