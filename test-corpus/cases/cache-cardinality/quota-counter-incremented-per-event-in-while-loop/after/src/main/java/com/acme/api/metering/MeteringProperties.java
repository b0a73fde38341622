package com.acme.api.metering;

import org.springframework.boot.context.properties.ConfigurationProperties;

@ConfigurationProperties(prefix = "acme.metering")
public record MeteringProperties(String apiKey, int flushBatchSize) {
}
