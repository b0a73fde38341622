package com.acme.orders.notify;

import org.springframework.jms.annotation.JmsListener;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

@Component
public class OrderConfirmationListener {
    private final Set<String> processedOrderIds = ConcurrentHashMap.newKeySet();
    private final JavaMailSender mailSender;

    public OrderConfirmationListener(JavaMailSender mailSender) {
        this.mailSender = mailSender;
    }

    @JmsListener(destination = "orders.placed", concurrency = "3-10")
    public void onOrderPlaced(OrderPlaced event) {
        boolean firstDelivery = processedOrderIds.add(event.orderId());
        if (!firstDelivery) {
            return;
        }
        mailSender.send(confirmation(event));
    }

    private static SimpleMailMessage confirmation(OrderPlaced event) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setTo(event.customerEmail());
        message.setSubject("Your order " + event.orderId() + " is confirmed");
        message.setText("Hi " + event.customerName() + ", thanks for your order.");
        return message;
    }
}
