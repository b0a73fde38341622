package com.acme.inventory;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

@Component
public class ReservationListener {
    private static final Logger log = LoggerFactory.getLogger(ReservationListener.class);

    private final ReservationRepository reservations;

    public ReservationListener(ReservationRepository reservations) {
        this.reservations = reservations;
    }

    @KafkaListener(topics = "inventory.reserve")
    public void onReserve(ReserveStock command) {
        try {
            reservations.saveAndFlush(new Reservation(command.messageId(), command.sku(), command.quantity()));
        } catch (DuplicateKeyException e) {
            log.info("Reservation {} already recorded", command.messageId());
        }
    }
}
