package com.acme.orders;

import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Service;

@Service
public class OrderService {
    private final OrderRepository orders;
    private final JavaMailSender mailSender;

    public OrderService(OrderRepository orders, JavaMailSender mailSender) {
        this.orders = orders;
        this.mailSender = mailSender;
    }

    public Order place(Order order) {
        Order saved = orders.save(order);
        sendReceipt(saved); // expect: proxy-bypass
        return saved;
    }

    @Async
    public void sendReceipt(Order order) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setTo(order.email());
        message.setSubject("Your order " + order.id());
        mailSender.send(message);
    }

}
