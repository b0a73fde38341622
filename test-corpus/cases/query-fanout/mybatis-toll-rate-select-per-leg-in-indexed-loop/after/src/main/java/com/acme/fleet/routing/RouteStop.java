package com.acme.fleet.routing;

public record RouteStop(String id, String region, double lat, double lon) {
    public double kmTo(RouteStop other) {
        double dLat = Math.toRadians(other.lat - lat);
        double dLon = Math.toRadians(other.lon - lon) * Math.cos(Math.toRadians(lat));
        return 6371.0 * Math.sqrt(dLat * dLat + dLon * dLon);
    }
}
