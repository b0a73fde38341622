package com.acme.catalog.recommendations;

public record Candidate(String tenantId, String productId, double score) {
}
