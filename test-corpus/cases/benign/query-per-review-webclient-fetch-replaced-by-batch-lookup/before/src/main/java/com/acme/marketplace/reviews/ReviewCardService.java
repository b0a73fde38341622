package com.acme.marketplace.reviews;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.web.reactive.function.client.WebClient;

@Service
public class ReviewCardService {
    private final WebClient accountsClient;

    public ReviewCardService(WebClient accountsClient) {
        this.accountsClient = accountsClient;
    }

    public List<ReviewCard> cards(List<Review> reviews) {
        return reviews.stream()
                .map(review -> {
                    Reviewer reviewer = accountsClient.get().uri("/reviewers/{id}", review.reviewerId()).retrieve().bodyToMono(Reviewer.class).block();
                    return new ReviewCard(review.id(), reviewer.nickname(), reviewer.verifiedBuyer(), review.stars(), review.text());
                })
                .toList();
    }
}
