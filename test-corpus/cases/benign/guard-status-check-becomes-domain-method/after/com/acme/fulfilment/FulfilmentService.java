package com.acme.fulfilment;

import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class FulfilmentService {
    private final CustomerOrderRepository orders;
    private final JavaMailSender mailSender;

    public FulfilmentService(CustomerOrderRepository orders, JavaMailSender mailSender) {
        this.orders = orders;
        this.mailSender = mailSender;
    }

    @Transactional
    public void ship(String orderId, String trackingNumber) {
        CustomerOrder order = orders.findById(orderId).orElseThrow();
        if (!order.canShip()) {
            return;
        }
        SimpleMailMessage notice = new SimpleMailMessage();
        notice.setTo(order.getEmail());
        notice.setSubject("Order " + orderId + " has shipped");
        notice.setText("Track it with " + trackingNumber);
        mailSender.send(notice);
        order.markShipped();
        orders.save(order);
    }
}
