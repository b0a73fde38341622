package com.acme.catalog.pricing;

import com.acme.catalog.config.RetryLimits;
import java.math.BigDecimal;
import org.springframework.retry.annotation.Backoff;
import org.springframework.retry.annotation.Retryable;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

@Component
public class PricingClient {
    private final RestClient restClient;

    public PricingClient(RestClient restClient) {
        this.restClient = restClient;
    }

    @Retryable(maxAttempts = RetryLimits.PRICING_ATTEMPTS, backoff = @Backoff(delay = 100))
    public BigDecimal fetchPrice(String sku) {
        return restClient.get().uri("/prices/{sku}", sku).retrieve().body(BigDecimal.class);
    }
}
