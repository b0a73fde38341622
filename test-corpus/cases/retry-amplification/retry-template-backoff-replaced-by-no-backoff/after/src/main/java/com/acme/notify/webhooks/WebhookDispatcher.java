package com.acme.notify.webhooks;

import org.springframework.retry.support.RetryTemplate;

public class WebhookDispatcher {
    private final WebhookClient client;
    private final RetryTemplate retryTemplate;

    public WebhookDispatcher(WebhookClient client) {
        this.client = client;
        this.retryTemplate = RetryTemplate.builder()
                .maxAttempts(3)
                .noBackoff() // expect: retry-amplification
                .build();
    }

    public int dispatch(String url, String payload) {
        return retryTemplate.execute(ctx -> client.deliver(url, payload));
    }
}
