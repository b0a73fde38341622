package com.acme.marketplace.reviews;

public record ReviewCard(String reviewId, String nickname, boolean verifiedBuyer, int stars, String text) {
}
