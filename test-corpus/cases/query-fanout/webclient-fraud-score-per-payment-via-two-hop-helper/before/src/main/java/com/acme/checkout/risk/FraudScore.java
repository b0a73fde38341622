package com.acme.checkout.risk;

public record FraudScore(String paymentId, int score) {
    public boolean blocked() {
        return score >= 800;
    }
}
