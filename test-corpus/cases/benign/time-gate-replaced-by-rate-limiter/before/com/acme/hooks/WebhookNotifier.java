package com.acme.hooks;

import com.google.common.util.concurrent.RateLimiter;

public class WebhookNotifier {
    private static final long MIN_GAP_MS = 200;

    private final RateLimiter limiter = RateLimiter.create(5.0);
    private final WebhookClient client;
    private long lastRedeliveryMs;

    public WebhookNotifier(WebhookClient client) {
        this.client = client;
    }

    public void onFailedDelivery(Delivery delivery) {
        long now = System.currentTimeMillis();
        if (now - lastRedeliveryMs < MIN_GAP_MS) {
            return;
        }
        lastRedeliveryMs = now;
        client.redeliver(delivery);
    }
}
