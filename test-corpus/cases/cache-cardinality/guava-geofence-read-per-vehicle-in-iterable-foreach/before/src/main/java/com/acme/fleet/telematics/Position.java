package com.acme.fleet.telematics;

import java.time.Instant;

public record Position(String vehicleId, String depotId, double lat, double lon, Instant at) {
}
