package com.acme.checkout.risk;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;

@Service
public class PaymentReview {
    private final FraudScoringClient fraudScoringClient;

    public PaymentReview(FraudScoringClient fraudScoringClient) {
        this.fraudScoringClient = fraudScoringClient;
    }

    public List<Decision> review(List<Payment> payments) {
        List<Decision> decisions = new ArrayList<>();
        for (Payment payment : payments) {
            decisions.add(assess(payment)); // expect: query-fanout
        }
        return decisions;
    }

    private Decision assess(Payment payment) {
        FraudScore score = fraudScoringClient.score(payment);
        return new Decision(payment.id(), !score.blocked(), score.score());
    }
}
