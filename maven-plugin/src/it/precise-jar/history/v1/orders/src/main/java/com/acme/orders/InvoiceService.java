package com.acme.orders;

import java.util.List;

public class InvoiceService {
    private final OrderLedger ledger;

    public InvoiceService(OrderLedger ledger) {
        this.ledger = ledger;
    }

    public long total(List<Long> orderIds) {
        long cents = 0;
        for (Order order : ledger.findAllById(orderIds)) {
            cents += order.cents();
        }
        return cents;
    }
}
