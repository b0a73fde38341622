package com.acme.checkout.risk;

import java.time.Duration;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;

@Component
public class FraudScoringClient {
    private final WebClient webClient;

    public FraudScoringClient(WebClient.Builder builder) {
        this.webClient = builder.baseUrl("http://fraud-scoring").build();
    }

    public FraudScore score(Payment payment) {
        return webClient.post()
                .uri("/v2/scores")
                .bodyValue(payment)
                .retrieve()
                .bodyToMono(FraudScore.class)
                .block(Duration.ofSeconds(2));
    }
}
