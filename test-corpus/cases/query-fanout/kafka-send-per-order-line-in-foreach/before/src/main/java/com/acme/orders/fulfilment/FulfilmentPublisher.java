package com.acme.orders.fulfilment;

import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
public class FulfilmentPublisher {
    private static final String TOPIC = "fulfilment-requests";

    private final KafkaTemplate<String, FulfilmentRequest> kafkaTemplate;

    public FulfilmentPublisher(KafkaTemplate<String, FulfilmentRequest> kafkaTemplate) {
        this.kafkaTemplate = kafkaTemplate;
    }

    @Transactional
    public void publish(Order order) {
        if (order.getLines().isEmpty()) {
            return;
        }
        kafkaTemplate.send(TOPIC, order.getId(), FulfilmentRequest.of(order));
    }
}
