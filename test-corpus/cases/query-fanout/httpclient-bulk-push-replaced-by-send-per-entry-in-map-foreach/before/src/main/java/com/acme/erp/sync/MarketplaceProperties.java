package com.acme.erp.sync;

import org.springframework.boot.context.properties.ConfigurationProperties;

@ConfigurationProperties(prefix = "marketplace")
public record MarketplaceProperties(String baseUrl, String apiKey) {
}
