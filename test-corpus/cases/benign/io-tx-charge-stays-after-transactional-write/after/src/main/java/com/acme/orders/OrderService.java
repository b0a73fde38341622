package com.acme.orders;

import org.springframework.stereotype.Service;

@Service
public class OrderService {
    private final OrderWriter writer;
    private final PaymentClient payments;

    public OrderService(OrderWriter writer, PaymentClient payments) {
        this.writer = writer;
        this.payments = payments;
    }

    public Order place(Order order) {
        Order saved = writer.save(order);
        String orderId = saved.id();
        payments.charge(orderId, saved.total());
        return saved;
    }

}
