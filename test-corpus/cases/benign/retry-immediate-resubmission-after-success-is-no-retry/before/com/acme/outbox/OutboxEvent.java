package com.acme.outbox;

public record OutboxEvent(long id, String topic, String key, String payload) {
}
