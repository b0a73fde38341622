package com.acme.orders;

import org.springframework.stereotype.Service;

@Service
public class OrderService {
    private final OrderRepository orders;
    private final ReceiptMailer mailer;

    public OrderService(OrderRepository orders, ReceiptMailer mailer) {
        this.orders = orders;
        this.mailer = mailer;
    }

    public Order place(Order order) {
        Order saved = orders.save(order);
        mailer.send(saved);
        return saved;
    }

}
