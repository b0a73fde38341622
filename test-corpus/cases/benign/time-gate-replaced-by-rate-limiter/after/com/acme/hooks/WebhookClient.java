package com.acme.hooks;

public interface WebhookClient {
    void redeliver(Delivery delivery);
}
