package com.acme.checkout.risk;

import java.time.Duration;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;

@Component
public class FraudScoringClient {
    private final WebClient webClient;

    public FraudScoringClient(WebClient.Builder builder) {
        this.webClient = builder.baseUrl("http://fraud-scoring").build();
    }

    public List<FraudScore> scoreBatch(List<Payment> payments) {
        return webClient.post()
                .uri("/v2/scores:batch")
                .bodyValue(payments)
                .retrieve()
                .bodyToFlux(FraudScore.class)
                .collectList()
                .block(Duration.ofSeconds(2));
    }
}
