package com.acme.logistics.dispatch;

public record Delivery(String id, String postcode, int parcels) {
}
