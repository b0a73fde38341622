package com.acme.orders;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class OrderWriter {
    private final OrderRepository orders;

    public OrderWriter(OrderRepository orders) {
        this.orders = orders;
    }

    @Transactional
    public Order save(Order order) {
        if (order.total().signum() < 0) {
            throw new IllegalArgumentException("negative total");
        }
        return orders.save(order);
    }

}
