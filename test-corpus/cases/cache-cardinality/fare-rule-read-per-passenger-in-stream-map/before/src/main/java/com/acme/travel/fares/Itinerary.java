package com.acme.travel.fares;

import java.math.BigDecimal;
import java.util.List;

public record Itinerary(String id, String carrier, String fareClass, BigDecimal baseFare, List<Passenger> passengers) {
}
