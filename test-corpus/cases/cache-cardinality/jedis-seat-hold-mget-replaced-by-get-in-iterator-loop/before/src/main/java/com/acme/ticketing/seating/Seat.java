package com.acme.ticketing.seating;

public record Seat(String id, String section, int row, int number) {
}
