package com.acme.webhooks;

import org.springframework.stereotype.Service;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestTemplate;

@Service
public class WebhookRedelivery {
    private static final int MAX_ATTEMPTS = 8;
    private static final long MAX_DELAY_MS = 60_000L;

    private final RestTemplate partners;

    public WebhookRedelivery(RestTemplate partners) {
        this.partners = partners;
    }

    public boolean redeliver(String url, String payload) throws InterruptedException {
        long delayMs = 500L;
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            try {
                partners.put(url, payload);
                return true;
            } catch (RestClientException e) {
                Thread.sleep(delayMs);
                delayMs = Math.min(delayMs * 2, MAX_DELAY_MS);
            }
        }
        return false;
    }
}
