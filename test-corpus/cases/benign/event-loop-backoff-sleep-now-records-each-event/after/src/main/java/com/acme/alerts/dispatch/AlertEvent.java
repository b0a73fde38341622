package com.acme.alerts.dispatch;

public record AlertEvent(long id, String channel, String body) {
}
