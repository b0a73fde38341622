package com.acme.pay;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

@Component
public class PaymentListener {
    private final OrderRepository orders;
    private final PaymentGateway gateway;

    public PaymentListener(OrderRepository orders, PaymentGateway gateway) {
        this.orders = orders;
        this.gateway = gateway;
    }

    @KafkaListener(topics = "payment.requested")
    public void onPaymentRequested(String orderId) {
        Order order = orders.findById(orderId).orElseThrow();
        gateway.charge(orderId); // expect: idempotency-guard-removed
    }
}
