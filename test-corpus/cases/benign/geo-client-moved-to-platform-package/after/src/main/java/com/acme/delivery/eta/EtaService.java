package com.acme.delivery.eta;

import com.acme.platform.geo.GeoClient;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

@Service
public class EtaService {
    private final GeoClient geoClient;

    public EtaService(GeoClient geoClient) {
        this.geoClient = geoClient;
    }

    public Map<String, Instant> etas(String courierLocation, List<String> dropOffs, Instant now) {
        Map<String, Integer> minutes = geoClient.drivingMinutes(courierLocation, dropOffs);
        return minutes.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> now.plus(e.getValue(), ChronoUnit.MINUTES)));
    }
}
