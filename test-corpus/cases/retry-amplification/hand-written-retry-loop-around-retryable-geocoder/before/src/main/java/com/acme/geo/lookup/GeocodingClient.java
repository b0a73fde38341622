package com.acme.geo.lookup;

import org.springframework.retry.annotation.Retryable;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestTemplate;

@Component
public class GeocodingClient {
    private final RestTemplate restTemplate;

    public GeocodingClient(RestTemplate restTemplate) {
        this.restTemplate = restTemplate;
    }

    @Retryable(maxAttempts = 4)
    public Coordinates geocode(String address) {
        return restTemplate.getForObject("/geocode?q={address}", Coordinates.class, address);
    }
}
