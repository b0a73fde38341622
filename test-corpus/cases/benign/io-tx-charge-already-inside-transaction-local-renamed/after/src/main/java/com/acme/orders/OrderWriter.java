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
        Order persisted = orders.save(order);
        payments.charge(persisted.id(), persisted.total());
        return persisted;
    }

}
