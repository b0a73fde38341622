package com.acme.marketplace.reviews;

public record Reviewer(String id, String nickname, boolean verifiedBuyer) {
}
