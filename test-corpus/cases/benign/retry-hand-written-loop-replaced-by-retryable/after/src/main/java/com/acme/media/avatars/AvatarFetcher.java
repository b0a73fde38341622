package com.acme.media.avatars;

import org.springframework.retry.annotation.Retryable;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestTemplate;

@Component
public class AvatarFetcher {
    private final RestTemplate restTemplate;

    public AvatarFetcher(RestTemplate restTemplate) {
        this.restTemplate = restTemplate;
    }

    @Retryable(maxAttempts = 3)
    public byte[] fetch(String userId) {
        return restTemplate.getForObject("/avatars/{id}", byte[].class, userId);
    }
}
