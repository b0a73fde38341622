package com.acme.orders;

import org.springframework.context.event.EventListener;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;

@Component
public class OrderEvents {
    private final JavaMailSender mailSender;

    public OrderEvents(JavaMailSender mailSender) {
        this.mailSender = mailSender;
    }

    @Async
    @EventListener
    public void onPlaced(OrderPlaced event) {
        sendReceipt(event.order());
    }

    @Async
    public void sendReceipt(Order order) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setTo(order.email());
        message.setSubject("Your order " + order.id());
        mailSender.send(message);
    }

}
