package com.acme.travel.booking;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Service;
import org.springframework.web.client.RestClient;

@Service
public class HotelPartnerClient {
    private final RestClient partner;

    public HotelPartnerClient(RestClient.Builder builder) {
        this.partner = builder.baseUrl("https://partner.example.com/api").build();
    }

    public String reserve(HotelReservation reservation) {
        return partner.post() // expect: idempotency-guard-removed
                .uri("/v2/reservations")
                .contentType(MediaType.APPLICATION_JSON)
                .body(new PartnerReservationRequest(reservation.hotelCode(), reservation.checkIn(),
                        reservation.checkOut(), reservation.guests()))
                .retrieve()
                .body(String.class);
    }

    record PartnerReservationRequest(String hotel, java.time.LocalDate from, java.time.LocalDate to, int guests) {
    }
}
