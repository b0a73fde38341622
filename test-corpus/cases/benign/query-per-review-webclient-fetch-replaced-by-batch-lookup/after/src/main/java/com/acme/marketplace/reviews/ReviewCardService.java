package com.acme.marketplace.reviews;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Service;
import org.springframework.web.reactive.function.client.WebClient;

@Service
public class ReviewCardService {
    private static final ParameterizedTypeReference<List<Reviewer>> REVIEWER_LIST = new ParameterizedTypeReference<>() { };

    private final WebClient accountsClient;

    public ReviewCardService(WebClient accountsClient) {
        this.accountsClient = accountsClient;
    }

    public List<ReviewCard> cards(List<Review> reviews) {
        String ids = reviews.stream().map(Review::reviewerId).distinct().collect(Collectors.joining(","));
        List<Reviewer> found = accountsClient.get().uri("/reviewers?ids={ids}", ids).retrieve().bodyToMono(REVIEWER_LIST).block();
        Map<String, Reviewer> reviewers = found == null ? Map.of()
                : found.stream().collect(Collectors.toMap(Reviewer::id, Function.identity()));
        return reviews.stream()
                .map(review -> {
                    Reviewer reviewer = reviewers.getOrDefault(review.reviewerId(), new Reviewer(review.reviewerId(), "anonymous", false));
                    return new ReviewCard(review.id(), reviewer.nickname(), reviewer.verifiedBuyer(), review.stars(), review.text());
                })
                .toList();
    }
}
