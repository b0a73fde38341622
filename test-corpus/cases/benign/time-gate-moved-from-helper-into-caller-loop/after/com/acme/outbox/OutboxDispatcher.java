package com.acme.outbox;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

public class OutboxDispatcher {
    private static final long RETRY_BACKOFF_MS = 5_000;

    private final OutboxStore store;
    private final MessageBroker broker;
    private final Clock clock;

    public OutboxDispatcher(OutboxStore store, MessageBroker broker, Clock clock) {
        this.store = store;
        this.broker = broker;
        this.clock = clock;
    }

    public void tick() {
        for (OutboxEntry entry : store.pending()) {
            if (clock.millis() < entry.nextAttemptAt()) {
                continue;
            }
            dispatch(entry);
        }
    }

    private void dispatch(OutboxEntry entry) {
        try {
            broker.publish(entry.topic(), entry.payload());
            store.markSent(entry.id());
        } catch (RuntimeException e) {
            store.scheduleRetry(entry.id(), clock.millis() + RETRY_BACKOFF_MS);
        }
    }
}
