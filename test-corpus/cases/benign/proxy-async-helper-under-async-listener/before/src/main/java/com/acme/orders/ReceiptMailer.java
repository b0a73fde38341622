package com.acme.orders;

import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Service;

@Service
public class ReceiptMailer {
    private final JavaMailSender mailSender;

    public ReceiptMailer(JavaMailSender mailSender) {
        this.mailSender = mailSender;
    }

    @Async
    public void send(Order order) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setTo(order.email());
        message.setSubject("Your order " + order.id());
        mailSender.send(message);
    }

}
