package com.acme.notifications;

import org.springframework.amqp.rabbit.annotation.RabbitListener;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;

@Component
public class ShipmentEmailListener {
    private final InboxRepository inboxRepository;
    private final JavaMailSender mailSender;
    private final Clock clock;

    public ShipmentEmailListener(InboxRepository inboxRepository, JavaMailSender mailSender, Clock clock) {
        this.inboxRepository = inboxRepository;
        this.mailSender = mailSender;
        this.clock = clock;
    }

    @Transactional
    @RabbitListener(queues = "shipments.dispatched")
    public void onShipmentDispatched(ShipmentDispatched event) {
        SimpleMailMessage mail = new SimpleMailMessage();
        mail.setTo(event.email());
        mail.setSubject("Your order " + event.orderId() + " is on its way");
        mail.setText("Tracking number: " + event.trackingNumber());
        mailSender.send(mail); // expect: idempotency-guard-removed
        if (!inboxRepository.existsById(event.messageId())) {
            inboxRepository.save(new InboxEntry(event.messageId(), clock.instant()));
        }
    }
}
