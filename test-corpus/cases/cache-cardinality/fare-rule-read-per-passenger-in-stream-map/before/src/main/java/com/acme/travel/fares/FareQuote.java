package com.acme.travel.fares;

import java.math.BigDecimal;

public record FareQuote(String itineraryId, BigDecimal total) {
}
