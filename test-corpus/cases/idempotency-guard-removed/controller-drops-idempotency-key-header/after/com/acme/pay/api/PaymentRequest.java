package com.acme.pay.api;

public record PaymentRequest(String customerId, long amountCents, String currency) {
}
