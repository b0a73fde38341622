package com.acme.media.avatars;

import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestTemplate;

@Component
public class AvatarFetcher {
    private static final int MAX_ATTEMPTS = 3;

    private final RestTemplate restTemplate;

    public AvatarFetcher(RestTemplate restTemplate) {
        this.restTemplate = restTemplate;
    }

    public byte[] fetch(String userId) throws InterruptedException {
        int attempt = 0;
        while (true) {
            try {
                return restTemplate.getForObject("/avatars/{id}", byte[].class, userId);
            } catch (RestClientException e) {
                if (++attempt >= MAX_ATTEMPTS) {
                    throw e;
                }
                Thread.sleep(500);
            }
        }
    }
}
