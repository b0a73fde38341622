package com.acme.fulfilment;

import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

public class FulfilmentClient {
    private final WebClient webClient;

    public FulfilmentClient(WebClient webClient) {
        this.webClient = webClient;
    }

    public Mono<Shipment> createShipment(String orderId, String warehouse) {
        return webClient.post()
                .uri("/warehouses/{warehouse}/shipments", warehouse)
                .bodyValue(new Shipment(orderId, warehouse, null))
                .retrieve()
                .bodyToMono(Shipment.class);
    }
}
