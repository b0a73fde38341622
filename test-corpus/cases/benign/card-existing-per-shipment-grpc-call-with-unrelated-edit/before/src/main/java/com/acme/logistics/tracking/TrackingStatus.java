package com.acme.logistics.tracking;

public record TrackingStatus(String trackingNumber, String state, String lastScanLocation) {
}
