package com.acme.logistics.quotes;

import java.math.BigDecimal;

public record FreightQuote(String shipmentId, String carrier, BigDecimal amount) {
}
