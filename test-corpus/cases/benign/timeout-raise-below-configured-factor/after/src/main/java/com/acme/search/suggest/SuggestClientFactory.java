package com.acme.search.suggest;

import java.time.Duration;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.web.client.RestTemplate;

public class SuggestClientFactory {
    public RestTemplate suggestClient(RestTemplateBuilder builder) {
        return builder
                .connectTimeout(Duration.ofMillis(300))
                .readTimeout(Duration.ofSeconds(3))
                .build();
    }
}
