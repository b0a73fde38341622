package com.acme.fleet.routing;

import java.util.List;

public record PlannedRoute(String id, String region, String vehicleClass, List<RouteStop> stops) {
}
