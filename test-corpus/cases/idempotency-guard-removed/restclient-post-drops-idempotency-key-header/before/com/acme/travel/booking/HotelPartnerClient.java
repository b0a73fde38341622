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
        return partner.post()
                .uri("/reservations")
                .contentType(MediaType.APPLICATION_JSON)
                .header("Idempotency-Key", "booking-" + reservation.bookingId())
                .body(reservation)
                .retrieve()
                .body(String.class);
    }
}
