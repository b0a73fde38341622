package com.acme.mail.newsletter;

public record Recipient(String email, String firstName) {
}
