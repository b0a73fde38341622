package com.acme.travel.booking;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Service;
import org.springframework.web.client.RestClient;

@Service
public class HotelPartnerClient {
    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final RestClient partner;

    public HotelPartnerClient(RestClient.Builder builder) {
        this.partner = builder.baseUrl("https://partner.example.com/api").build();
    }

    public String reserve(HotelReservation reservation) {
        String key = "booking-" + reservation.bookingId();
        return partner.post()
                .uri("/reservations")
                .contentType(MediaType.APPLICATION_JSON)
                .header(IDEMPOTENCY_KEY, key)
                .body(reservation)
                .retrieve()
                .body(String.class);
    }
}
