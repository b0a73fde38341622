package com.acme.travel.booking;

import java.time.LocalDate;

public record HotelReservation(String bookingId, String hotelCode, LocalDate checkIn, LocalDate checkOut, int guests) {
}
