package com.acme.checkout.risk;

public record Decision(String paymentId, boolean approved, int score) {
}
