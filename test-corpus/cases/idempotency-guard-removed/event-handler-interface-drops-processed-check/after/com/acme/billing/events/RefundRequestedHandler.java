package com.acme.billing.events;

public class RefundRequestedHandler implements BillingEventHandler<RefundRequested> {
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
        refundGateway.refund(event.paymentId(), event.amount()); // expect: idempotency-guard-removed
    }
}
