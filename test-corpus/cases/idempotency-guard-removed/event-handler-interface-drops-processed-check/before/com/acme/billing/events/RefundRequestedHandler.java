package com.acme.billing.events;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

public class RefundRequestedHandler implements BillingEventHandler<RefundRequested> {
    private final Set<String> processedEvents = ConcurrentHashMap.newKeySet();
    private final RefundGateway refundGateway;

    public RefundRequestedHandler(RefundGateway refundGateway) {
        this.refundGateway = refundGateway;
    }

    @Override
    public Class<RefundRequested> eventType() {
        return RefundRequested.class;
    }

    @Override
    public void handle(RefundRequested event) {
        if (processedEvents.contains(event.eventId())) {
            return;
        }
        refundGateway.refund(event.paymentId(), event.amount());
        processedEvents.add(event.eventId());
    }
}
