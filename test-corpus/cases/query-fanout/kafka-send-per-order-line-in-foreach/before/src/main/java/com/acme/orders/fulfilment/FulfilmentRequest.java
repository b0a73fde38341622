package com.acme.orders.fulfilment;

import java.util.List;

public record FulfilmentRequest(String orderId, String customerId, List<OrderLine> lines) {
    public static FulfilmentRequest of(Order order) {
        return new FulfilmentRequest(order.getId(), order.getCustomerId(), order.getLines());
    }

    public static FulfilmentRequest of(Order order, OrderLine line) {
        return new FulfilmentRequest(order.getId(), order.getCustomerId(), List.of(line));
    }
}
