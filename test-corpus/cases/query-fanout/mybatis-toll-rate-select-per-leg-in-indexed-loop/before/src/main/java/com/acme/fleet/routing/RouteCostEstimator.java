package com.acme.fleet.routing;

import java.util.List;
import org.springframework.stereotype.Component;

@Component
public class RouteCostEstimator {
    private final TollRateMapper tollRateMapper;

    public RouteCostEstimator(TollRateMapper tollRateMapper) {
        this.tollRateMapper = tollRateMapper;
    }

    public long estimateTollCents(PlannedRoute route) {
        TollRate rate = tollRateMapper.findRate(route.region(), route.vehicleClass());
        List<RouteStop> stops = route.stops();
        double km = 0;
        for (int i = 0; i < stops.size() - 1; i++) {
            km += stops.get(i).kmTo(stops.get(i + 1));
        }
        return Math.round(km * rate.getCentsPerKm());
    }
}
