package com.acme.marketing.newsletter;

public record Recipient(String customerId, String email, String locale) {
}
