package com.acme.ledger;

import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestTemplate;

public class LedgerClient {
    private static final int MAX_ATTEMPTS = 3;

    private final RestTemplate restTemplate;

    public LedgerClient(RestTemplate restTemplate) {
        this.restTemplate = restTemplate;
    }

    public String balance(String accountId) {
        RestClientException last = null;
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            try {
                return restTemplate.getForObject("/accounts/{id}/balance", String.class, accountId);
            } catch (RestClientException e) {
                last = e;
                try {
                    Thread.sleep(500);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        throw last;
    }
}
