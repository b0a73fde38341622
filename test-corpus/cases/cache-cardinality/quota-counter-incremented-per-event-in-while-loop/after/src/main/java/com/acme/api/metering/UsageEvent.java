package com.acme.api.metering;

import java.time.Instant;

public record UsageEvent(String apiKey, String endpoint, Instant at) {
}
