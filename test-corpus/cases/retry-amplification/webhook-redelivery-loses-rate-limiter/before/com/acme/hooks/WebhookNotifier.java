package com.acme.hooks;

import com.google.common.util.concurrent.RateLimiter;

public class WebhookNotifier {
    private final RateLimiter limiter = RateLimiter.create(5.0);
    private final WebhookClient client;
    private final DeadLetters deadLetters;

    public WebhookNotifier(WebhookClient client, DeadLetters deadLetters) {
        this.client = client;
        this.deadLetters = deadLetters;
    }

    public void onFailedDelivery(Delivery delivery) {
        if (!limiter.tryAcquire()) {
            deadLetters.park(delivery);
            return;
        }
        client.redeliver(delivery);
    }
}
