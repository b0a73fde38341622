package com.acme.accounts.ledger;

import java.time.Duration;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.web.client.RestTemplate;

public class LedgerClientFactory {
    public RestTemplate ledgerClient(RestTemplateBuilder builder) {
        return builder
                .connectTimeout(Duration.ofMillis(500))
                .readTimeout(Duration.ofSeconds(6))
                .build();
    }
}
