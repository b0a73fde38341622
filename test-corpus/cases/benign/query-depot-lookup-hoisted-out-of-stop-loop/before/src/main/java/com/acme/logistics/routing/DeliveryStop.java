package com.acme.logistics.routing;

public record DeliveryStop(String id, double lat, double lon, int parcels) {
}
