package com.acme.marketplace.reviews;

public record Review(String id, String reviewerId, int stars, String text) {
}
