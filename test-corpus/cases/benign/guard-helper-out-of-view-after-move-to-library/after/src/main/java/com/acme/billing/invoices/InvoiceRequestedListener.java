package com.acme.billing.invoices;

import com.acme.platform.inbox.InboxGuard;
import org.springframework.jms.annotation.JmsListener;
import org.springframework.stereotype.Component;

@Component
public class InvoiceRequestedListener {
    private final InboxGuard inbox;
    private final InvoiceMapper invoices;

    public InvoiceRequestedListener(InboxGuard inbox, InvoiceMapper invoices) {
        this.inbox = inbox;
        this.invoices = invoices;
    }

    @JmsListener(destination = "billing.invoice-requested")
    public void onInvoiceRequested(InvoiceRequested event) {
        if (inbox.alreadyHandled(event.messageId())) {
            return;
        }
        Invoice invoice = new Invoice(event.customerId(), event.amountCents());
        invoice.setCurrency("EUR");
        invoices.insert(invoice);
    }
}
