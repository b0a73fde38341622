package com.acme.shipping.zones;

public record OutboundParcel(String trackingId, String country, String postcode) {
}
