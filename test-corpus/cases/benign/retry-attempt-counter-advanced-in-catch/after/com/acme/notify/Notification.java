package com.acme.notify;

public record Notification(String id, byte[] payload) {
}
