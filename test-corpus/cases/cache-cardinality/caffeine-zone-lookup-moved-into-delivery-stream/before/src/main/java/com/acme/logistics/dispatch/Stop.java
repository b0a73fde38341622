package com.acme.logistics.dispatch;

public record Stop(String deliveryId, String zoneCode, int parcels) {
}
