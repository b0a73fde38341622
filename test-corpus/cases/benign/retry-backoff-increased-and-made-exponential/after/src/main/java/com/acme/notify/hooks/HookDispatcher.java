package com.acme.notify.hooks;

import org.springframework.retry.support.RetryTemplate;

public class HookDispatcher {
    private final PartnerEndpoint endpoint;
    private final RetryTemplate retryTemplate = RetryTemplate.builder()
            .maxAttempts(3)
            .exponentialBackoff(500, 2.0, 5000)
            .build();

    public HookDispatcher(PartnerEndpoint endpoint) {
        this.endpoint = endpoint;
    }

    public int dispatch(String url, String payload) {
        return retryTemplate.execute(ctx -> endpoint.deliver(url, payload));
    }
}
