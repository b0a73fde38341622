package com.acme.checkout.risk;

import java.time.Duration;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

@Service
public class PaymentReview {
    private final WebClient fraudClient;

    public PaymentReview(WebClient.Builder builder) {
        this.fraudClient = builder.baseUrl("http://fraud-scoring").build();
    }

    public List<Decision> review(List<Payment> payments) {
        return Mono.just(payments)
                .filter(batch -> !batch.isEmpty())
                .flatMap(batch -> fraudClient.post()
                        .uri("/v2/scores:batch")
                        .bodyValue(batch)
                        .retrieve()
                        .bodyToFlux(FraudScore.class)
                        .collectList())
                .map(scores -> scores.stream()
                        .map(score -> new Decision(score.paymentId(), !score.blocked(), score.score()))
                        .toList())
                .defaultIfEmpty(List.of())
                .block(Duration.ofSeconds(2));
    }
}
