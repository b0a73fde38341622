package com.acme.outbox;

import java.time.Instant;

public record OutboxEntry(long id, String topic, byte[] payload, long nextAttemptAt) {
    public Instant nextAttempt() {
        return Instant.ofEpochMilli(nextAttemptAt);
    }
}
