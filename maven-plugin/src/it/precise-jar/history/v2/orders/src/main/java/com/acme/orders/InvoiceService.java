package com.acme.orders;

import java.util.List;

public class InvoiceService {
    private final OrderLedger ledger;

    public InvoiceService(OrderLedger ledger) {
        this.ledger = ledger;
    }

    public long total(List<Long> orderIds) {
        long cents = 0;
        for (Long id : orderIds) {
            cents += ledger.findById(id).map(Order::cents).orElse(0L);
        }
        return cents;
    }
}
