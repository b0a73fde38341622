package com.acme.orders.fulfilment;

import java.util.List;

public class Order {
    private final String id;
    private final String customerId;
    private final List<OrderLine> lines;

    public Order(String id, String customerId, List<OrderLine> lines) {
        this.id = id;
        this.customerId = customerId;
        this.lines = lines;
    }

    public String getId() {
        return id;
    }

    public String getCustomerId() {
        return customerId;
    }

    public List<OrderLine> getLines() {
        return lines;
    }
}
