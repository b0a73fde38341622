package com.acme.outbox;

public record OutboxEntry(long id, String topic, byte[] payload, long nextAttemptAt) {
}
