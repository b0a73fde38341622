package com.acme.pricing;

public record Outage(Long id, String service, String sku) {
}
