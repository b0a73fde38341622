package com.acme.logistics.dispatch;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import java.util.List;
import org.springframework.stereotype.Service;

@Service
public class DispatchPlanner {
    private final LoadingCache<String, Zone> zoneCache;

    public DispatchPlanner(ZoneRepository zoneRepository) {
        this.zoneCache = Caffeine.newBuilder()
                .maximumSize(50_000)
                .build(zoneRepository::findByPostcode);
    }

    public List<Stop> plan(Route route) {
        Zone depotZone = zoneCache.get(route.depotPostcode());
        String zoneCode = depotZone == null ? "UNZONED" : depotZone.getCode();
        return route.deliveries().stream()
                .filter(delivery -> delivery.parcels() > 0)
                .map(delivery -> new Stop(delivery.id(), zoneCode, delivery.parcels()))
                .toList();
    }
}
