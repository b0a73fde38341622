package com.acme.tokens;

import java.time.Instant;

public record Token(String value, Instant expiresAt) {
    boolean expired() {
        return Instant.now().isAfter(expiresAt);
    }
}
