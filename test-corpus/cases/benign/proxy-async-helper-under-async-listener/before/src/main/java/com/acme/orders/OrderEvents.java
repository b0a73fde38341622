package com.acme.orders;

import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;

@Component
public class OrderEvents {
    private final ReceiptMailer mailer;

    public OrderEvents(ReceiptMailer mailer) {
        this.mailer = mailer;
    }

    @Async
    @EventListener
    public void onPlaced(OrderPlaced event) {
        mailer.send(event.order());
    }

}
