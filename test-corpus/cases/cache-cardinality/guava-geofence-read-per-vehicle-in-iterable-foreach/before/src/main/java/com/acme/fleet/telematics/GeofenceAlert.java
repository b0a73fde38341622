package com.acme.fleet.telematics;

import java.time.Instant;

public record GeofenceAlert(String vehicleId, String depotId, Instant at) {
}
