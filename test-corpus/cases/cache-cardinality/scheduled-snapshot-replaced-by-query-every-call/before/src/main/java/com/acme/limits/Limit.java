package com.acme.limits;

public record Limit(String plan, int perMinute) {
}
