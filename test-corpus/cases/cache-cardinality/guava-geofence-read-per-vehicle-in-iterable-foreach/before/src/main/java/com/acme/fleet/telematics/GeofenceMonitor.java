package com.acme.fleet.telematics;

import com.google.common.cache.LoadingCache;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

@Component
public class GeofenceMonitor {
    private final LoadingCache<String, Geofence> geofences;

    public GeofenceMonitor(LoadingCache<String, Geofence> geofences) {
        this.geofences = geofences;
    }

    public List<GeofenceAlert> check(PositionBatch batch) {
        Geofence fence = geofences.getUnchecked(batch.depotId());
        List<GeofenceAlert> alerts = new ArrayList<>();
        batch.positions().forEach(position -> {
            if (!fence.contains(position)) {
                alerts.add(new GeofenceAlert(position.vehicleId(), fence.depotId(), position.at()));
            }
        });
        return alerts;
    }
}
