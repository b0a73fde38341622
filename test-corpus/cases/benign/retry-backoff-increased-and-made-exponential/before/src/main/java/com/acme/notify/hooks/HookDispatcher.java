package com.acme.notify.hooks;

import org.springframework.retry.support.RetryTemplate;

public class HookDispatcher {
    private final PartnerEndpoint endpoint;
    private final RetryTemplate retryTemplate = RetryTemplate.builder()
            .maxAttempts(3)
            .fixedBackoff(200)
            .build();

    public HookDispatcher(PartnerEndpoint endpoint) {
        this.endpoint = endpoint;
    }

    public int dispatch(String url, String payload) {
        return retryTemplate.execute(ctx -> endpoint.deliver(url, payload));
    }
}
