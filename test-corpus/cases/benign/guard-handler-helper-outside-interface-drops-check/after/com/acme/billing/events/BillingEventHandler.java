package com.acme.billing.events;

public interface BillingEventHandler<E> {
    Class<E> eventType();

    void handle(E event);
}
