package com.acme.shipping;

import io.github.resilience4j.circuitbreaker.annotation.CircuitBreaker;
import org.springframework.stereotype.Service;
import org.springframework.web.reactive.function.client.WebClient;

@Service
public class CarrierGateway {
    private final WebClient webClient;

    public CarrierGateway(WebClient webClient) {
        this.webClient = webClient;
    }

    @CircuitBreaker(name = "carrier", fallbackMethod = "flatRate")
    public Quote quote(String postcode) {
        return webClient.get().uri("/quotes?postcode={p}", postcode).retrieve().bodyToMono(Quote.class).block();
    }

    public Quote flatRate(String postcode, Throwable cause) {
        return new Quote("flat", java.math.BigDecimal.TEN);
    }

}
