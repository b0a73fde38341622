package com.acme.billing.export;

import com.acme.billing.store.InvoiceLine;
import com.acme.billing.store.InvoiceLineStore;

import java.util.ArrayList;
import java.util.List;

public class InvoiceExport {
    private final InvoiceLineStore store;

    public InvoiceExport(InvoiceLineStore store) {
        this.store = store;
    }

    public List<InvoiceLine> export(List<Long> invoiceIds) {
        List<InvoiceLine> out = new ArrayList<>();
        invoiceIds.forEach(id -> out.addAll(store.linesOf(id))); // expect: query-fanout
        return out;
    }
}
