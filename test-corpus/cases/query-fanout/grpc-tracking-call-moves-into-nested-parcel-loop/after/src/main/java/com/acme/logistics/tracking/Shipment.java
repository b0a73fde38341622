package com.acme.logistics.tracking;

import java.util.List;

public record Shipment(String id, String carrier, String masterTrackingNumber, List<Parcel> parcels) {
}
