package com.acme.shipping.carrier;

import org.springframework.retry.annotation.Retryable;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestTemplate;

@Component
public class CarrierClient {
    private final RestTemplate restTemplate;

    public CarrierClient(RestTemplate restTemplate) {
        this.restTemplate = restTemplate;
    }

    @Retryable(maxAttempts = 3) // expect: retry-amplification
    public Quote quote(String postcode, int grams) {
        return restTemplate.getForObject("/rates?postcode={postcode}&grams={grams}", Quote.class, postcode, grams);
    }
}
