package com.acme.shipping.zones;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

@Service
public class ManifestZoner {
    private final ZoneDirectory zoneDirectory;

    public ManifestZoner(ZoneDirectory zoneDirectory) {
        this.zoneDirectory = zoneDirectory;
    }

    /** Zones every parcel of a single-country manifest. */
    public List<ZoneAssignment> zone(String country, List<OutboundParcel> parcels) {
        Map<String, String> zones = zoneDirectory.zoneTable(country);
        List<ZoneAssignment> assignments = new ArrayList<>();
        for (OutboundParcel parcel : parcels) {
            String prefix = parcel.postcode().substring(0, Math.min(3, parcel.postcode().length()));
            assignments.add(new ZoneAssignment(parcel.trackingId(), zones.getOrDefault(prefix, "REMOTE")));
        }
        return assignments;
    }
}
