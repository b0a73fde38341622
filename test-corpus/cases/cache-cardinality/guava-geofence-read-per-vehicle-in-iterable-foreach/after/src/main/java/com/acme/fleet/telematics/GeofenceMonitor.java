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
        List<GeofenceAlert> alerts = new ArrayList<>();
        // vehicles on loan to another depot are checked against their home depot's fence
        batch.positions().forEach(position -> {
            Geofence fence = geofences.getUnchecked(position.depotId()); // expect: cache-cardinality
            if (!fence.contains(position)) {
                alerts.add(new GeofenceAlert(position.vehicleId(), fence.depotId(), position.at()));
            }
        });
        return alerts;
    }
}
