package com.acme.fx.rates;

import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

public class ExchangeRateClient {
    private final WebClient webClient;

    public ExchangeRateClient(WebClient webClient) {
        this.webClient = webClient;
    }

    public Mono<Rates> latest(String base) {
        return webClient.get()
                .uri("/latest?base={base}", base)
                .retrieve()
                .bodyToMono(Rates.class)
                .retry(); // expect: retry-amplification
    }
}
