package com.acme.inventory;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

@Component
public class ReservationListener {
    private final ReservationRepository reservations;

    public ReservationListener(ReservationRepository reservations) {
        this.reservations = reservations;
    }

    @KafkaListener(topics = "inventory.reserve")
    public void onReserve(ReserveStock command) {
        // let the error handler deal with duplicates
        reservations.saveAndFlush(new Reservation(command.messageId(), command.sku(), command.quantity())); // expect: idempotency-guard-removed
    }
}
