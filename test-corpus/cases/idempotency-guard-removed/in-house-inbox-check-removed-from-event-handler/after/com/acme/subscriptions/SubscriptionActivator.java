package com.acme.subscriptions;

import com.acme.platform.messaging.EventHandler;
import com.acme.platform.messaging.EventPublisher;
import com.acme.platform.messaging.Inbox;

public class SubscriptionActivator {
    private final Inbox inbox;
    private final EventPublisher events;

    public SubscriptionActivator(Inbox inbox, EventPublisher events) {
        this.inbox = inbox;
        this.events = events;
    }

    @EventHandler("billing.subscription-paid")
    public void onSubscriptionPaid(SubscriptionPaid event) {
        events.publish("crm.welcome", event.customerId()); // expect: idempotency-guard-removed
        inbox.markHandled(event.eventId());
    }
}
