package com.acme.platform.webhooks;

public record WebhookEvent(String id, String type, String payloadJson) {
}
