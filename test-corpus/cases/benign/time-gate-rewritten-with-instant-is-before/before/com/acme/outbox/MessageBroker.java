package com.acme.outbox;

public interface MessageBroker {
    void publish(String topic, byte[] payload);
}
