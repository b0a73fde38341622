package com.acme.ledger.close;

public class DayCloseService {
    private final LedgerRepository ledger;

    public DayCloseService(LedgerRepository ledger) {
        this.ledger = ledger;
    }

    public boolean closeDay(String businessDate) throws InterruptedException {

        ledger.closeBusinessDate(businessDate);
        return true;
    }
}
