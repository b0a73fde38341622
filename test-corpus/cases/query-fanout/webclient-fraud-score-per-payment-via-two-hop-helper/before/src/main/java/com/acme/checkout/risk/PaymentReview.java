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
        for (FraudScore score : fraudScoringClient.scoreBatch(payments)) {
            decisions.add(new Decision(score.paymentId(), !score.blocked(), score.score()));
        }
        return decisions;
    }
}
