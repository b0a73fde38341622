package com.acme.fulfilment.orders;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

@Component
public class OrderPlacedListener {
    private final OrderRepository orders;
    private final RejectionPublisher rejections;

    public OrderPlacedListener(OrderRepository orders, RejectionPublisher rejections) {
        this.orders = orders;
        this.rejections = rejections;
    }

    @KafkaListener(topics = "orders.placed", groupId = "fulfilment")
    public void onOrderPlaced(PlacedOrder order) {
        String duplicateSku = firstDuplicateSku(order.skus());
        if (duplicateSku != null) {
            rejections.reject(order.id(), "duplicate line for " + duplicateSku);
            return;
        }
        FulfilmentOrder entity = new FulfilmentOrder(order.id(), order.skus());
        orders.save(entity);
    }

    private String firstDuplicateSku(List<String> skus) {
        Set<String> seen = new HashSet<>();
        for (String sku : skus) {
            if (!seen.add(sku)) {
                return sku;
            }
        }
        return null;
    }
}
