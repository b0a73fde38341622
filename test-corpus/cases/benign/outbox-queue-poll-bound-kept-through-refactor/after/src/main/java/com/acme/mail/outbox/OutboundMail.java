package com.acme.mail.outbox;

public record OutboundMail(String to, String subject, String body) {
}
