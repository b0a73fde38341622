package com.acme.inventory;

import java.time.Duration;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

public class InventoryClient {
    private final WebClient webClient;

    public InventoryClient(WebClient webClient) {
        this.webClient = webClient;
    }

    public Mono<Integer> stockLevel(String sku) {
        return webClient.get()
                .uri("/stock/{sku}", sku)
                .retrieve()
                .bodyToMono(Integer.class)
                .retryWhen(Retry.backoff(4, Duration.ofMillis(200)));
    }
}
