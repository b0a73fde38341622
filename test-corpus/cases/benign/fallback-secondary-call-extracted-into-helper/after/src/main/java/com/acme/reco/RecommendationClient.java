package com.acme.reco;

import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

@Component
public class RecommendationClient {
    private final WebClient personal;
    private final WebClient popular;

    public RecommendationClient(WebClient personal, WebClient popular) {
        this.personal = personal;
        this.popular = popular;
    }

    private static final Items BESTSELLERS = new Items(List.of("sku-1", "sku-2", "sku-3"));

    public Mono<Items> forUser(String userId) {
        return personal.get().uri("/recommendations/{u}", userId).retrieve().bodyToMono(Items.class)
            .onErrorResume(e -> popularItems());
    }

    private Mono<Items> popularItems() {
        return popular.get().uri("/popular").retrieve().bodyToMono(Items.class);
    }

}
