package com.acme.shipping;

import io.github.resilience4j.circuitbreaker.annotation.CircuitBreaker;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.web.reactive.function.client.WebClient;

@Service
public class ShippingService {
    private final WebClient webClient;

    public ShippingService(WebClient webClient) {
        this.webClient = webClient;
    }

    public List<Quote> options(String postcode) {
        return List.of(quote(postcode)); // expect: proxy-bypass
    }

    @CircuitBreaker(name = "carrier", fallbackMethod = "flatRate")
    public Quote quote(String postcode) {
        return webClient.get().uri("/quotes?postcode={p}", postcode).retrieve().bodyToMono(Quote.class).block();
    }

    public Quote flatRate(String postcode, Throwable cause) {
        return new Quote("flat", java.math.BigDecimal.TEN);
    }

}
