package com.acme.fx;

import org.springframework.retry.annotation.Backoff;
import org.springframework.retry.annotation.Retryable;
import org.springframework.stereotype.Service;
import org.springframework.web.client.RestTemplate;

@Service
public class RateClient {
    private final RestTemplate restTemplate;

    public RateClient(RestTemplate restTemplate) {
        this.restTemplate = restTemplate;
    }

    @Retryable(maxAttempts = 3, backoff = @Backoff(delay = 200))
    public Rate fetchRate(String pair) {
        return restTemplate.getForObject("https://rates.internal/v1/{pair}", Rate.class, pair);
    }

}
