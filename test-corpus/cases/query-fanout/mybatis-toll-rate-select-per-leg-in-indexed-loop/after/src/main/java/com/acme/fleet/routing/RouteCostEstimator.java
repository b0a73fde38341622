package com.acme.fleet.routing;

import java.util.List;
import org.springframework.stereotype.Component;

@Component
public class RouteCostEstimator {
    private final TollRateMapper tollRateMapper;

    public RouteCostEstimator(TollRateMapper tollRateMapper) {
        this.tollRateMapper = tollRateMapper;
    }

    /** Cross-region routes: each leg is charged at the rate of the region it starts in. */
    public long estimateTollCents(PlannedRoute route) {
        List<RouteStop> stops = route.stops();
        double cents = 0;
        for (int i = 0; i < stops.size() - 1; i++) {
            RouteStop from = stops.get(i);
            TollRate rate = tollRateMapper.findRate(from.region(), route.vehicleClass()); // expect: query-fanout
            cents += from.kmTo(stops.get(i + 1)) * rate.getCentsPerKm();
        }
        return Math.round(cents);
    }
}
