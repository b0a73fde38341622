package com.acme.logistics.tracking;

public record Parcel(String trackingNumber, double weightKg) {
}
