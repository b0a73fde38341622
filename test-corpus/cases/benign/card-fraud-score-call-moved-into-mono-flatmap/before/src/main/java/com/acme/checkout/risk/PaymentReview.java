package com.acme.checkout.risk;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.web.reactive.function.client.WebClient;

@Service
public class PaymentReview {
    private final WebClient fraudClient;

    public PaymentReview(WebClient.Builder builder) {
        this.fraudClient = builder.baseUrl("http://fraud-scoring").build();
    }

    public List<Decision> review(List<Payment> payments) {
        List<FraudScore> scores = fraudClient.post()
                .uri("/v2/scores:batch")
                .bodyValue(payments)
                .retrieve()
                .bodyToFlux(FraudScore.class)
                .collectList()
                .block(Duration.ofSeconds(2));
        List<Decision> decisions = new ArrayList<>();
        for (FraudScore score : scores) {
            decisions.add(new Decision(score.paymentId(), !score.blocked(), score.score()));
        }
        return decisions;
    }
}
