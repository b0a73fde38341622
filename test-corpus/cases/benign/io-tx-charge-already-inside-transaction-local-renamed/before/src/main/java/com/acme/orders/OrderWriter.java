package com.acme.orders;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class OrderWriter {
    private final OrderRepository orders;
    private final PaymentClient payments;

    public OrderWriter(OrderRepository orders, PaymentClient payments) {
        this.orders = orders;
        this.payments = payments;
    }

    @Transactional
    public Order save(Order order) {
        Order saved = orders.save(order);
        payments.charge(saved.id(), saved.total());
        return saved;
    }

}
