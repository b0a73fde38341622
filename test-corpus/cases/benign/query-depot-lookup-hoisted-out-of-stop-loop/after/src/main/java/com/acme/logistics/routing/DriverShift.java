package com.acme.logistics.routing;

import java.util.List;

public record DriverShift(String driverId, long depotId, List<DeliveryStop> stops) {
}
