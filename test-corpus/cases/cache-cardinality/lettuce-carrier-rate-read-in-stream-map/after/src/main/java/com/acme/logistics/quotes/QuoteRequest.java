package com.acme.logistics.quotes;

import java.util.List;

public record QuoteRequest(String customerId, String carrier, List<Shipment> shipments) {
}
