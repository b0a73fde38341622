package com.acme.orders.events;

import dev.failsafe.Failsafe;
import dev.failsafe.RetryPolicy;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

public class OrderEvents {
    private final KafkaTemplate<String, String> kafkaTemplate;
    private final RetryPolicy<Object> retryPolicy = RetryPolicy.builder()
            .withMaxRetries(3)
            .withBackoff(Duration.ofMillis(100), Duration.ofSeconds(2))
            .build();

    public OrderEvents(KafkaTemplate<String, String> kafkaTemplate) {
        this.kafkaTemplate = kafkaTemplate;
    }

    public CompletableFuture<SendResult<String, String>> publishPlaced(String orderId, String json) {
        return Failsafe.with(retryPolicy).get(() -> kafkaTemplate.send("order-placed", orderId, json)); // expect: retry-amplification
    }
}
