package com.acme.orders.api;

import java.util.ArrayList;
import java.util.List;

public class OrderListing {
    private final OrderViewMapper views;

    public OrderListing(OrderViewMapper views) {
        this.views = views;
    }

    public List<OrderView> list(List<Order> orders) {
        List<OrderView> out = new ArrayList<>();
        for (Order o : orders) {
            out.add(views.toView(o));
        }
        return out;
    }
}
