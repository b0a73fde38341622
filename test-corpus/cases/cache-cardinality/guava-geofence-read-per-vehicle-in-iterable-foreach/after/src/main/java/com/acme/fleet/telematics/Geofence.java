package com.acme.fleet.telematics;

public record Geofence(String depotId, double centerLat, double centerLon, double radiusKm) {
    public boolean contains(Position position) {
        double dLat = Math.toRadians(position.lat() - centerLat);
        double dLon = Math.toRadians(position.lon() - centerLon) * Math.cos(Math.toRadians(centerLat));
        return 6371.0 * Math.sqrt(dLat * dLat + dLon * dLon) <= radiusKm;
    }
}
