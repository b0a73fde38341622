package com.acme.ledger.close;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

public class DayCloseService {
    private final ReentrantLock closeLock = new ReentrantLock();
    private final LedgerRepository ledger;

    public DayCloseService(LedgerRepository ledger) {
        this.ledger = ledger;
    }

    public boolean closeDay(String businessDate) throws InterruptedException {
        if (!closeLock.tryLock(3, TimeUnit.SECONDS)) {
            return false;
        }
        try {
            ledger.closeBusinessDate(businessDate);
            return true;
        } finally {
            closeLock.unlock();
        }
    }
}
