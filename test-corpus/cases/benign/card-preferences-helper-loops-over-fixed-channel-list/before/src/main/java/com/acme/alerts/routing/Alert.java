package com.acme.alerts.routing;

public record Alert(String id, String severity, String title, String body) {
}
