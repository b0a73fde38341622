package com.acme.logistics.quotes;

import java.math.BigDecimal;

public record Shipment(String id, String carrier, String originZip, String destinationZip, BigDecimal weightKg) {
}
