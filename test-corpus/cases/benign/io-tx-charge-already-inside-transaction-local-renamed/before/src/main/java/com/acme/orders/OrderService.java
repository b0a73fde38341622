package com.acme.orders;

import org.springframework.stereotype.Service;

@Service
public class OrderService {
    private final OrderWriter writer;

    public OrderService(OrderWriter writer) {
        this.writer = writer;
    }

    public Order place(Order order) {
        return writer.save(order);
    }

}
