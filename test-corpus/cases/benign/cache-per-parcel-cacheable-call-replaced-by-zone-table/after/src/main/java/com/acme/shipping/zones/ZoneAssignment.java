package com.acme.shipping.zones;

public record ZoneAssignment(String trackingId, String zone) {
}
