package com.acme.hooks;

public record Delivery(String url, String body) {
}
