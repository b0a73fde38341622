package com.acme.notify.webhooks;

public interface WebhookClient {
    int deliver(String url, String payload);
}
