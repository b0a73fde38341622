package com.acme.orders.api;

import java.util.ArrayList;
import java.util.List;

public class OrderListing {
    private final OrderViewMapper views;

    public OrderListing(OrderViewMapper views) {
        this.views = views;
    }

    public List<OrderView> list(List<Order> orders) {
        return orders.stream().map(views::toView).toList();
    }
}
