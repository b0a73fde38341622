package com.acme.delivery.eta;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestTemplate;

@Component
public class GeoClient {
    private final RestTemplate restTemplate;
    private final String baseUrl;

    public GeoClient(RestTemplate restTemplate, @Value("${geo.base-url}") String baseUrl) {
        this.restTemplate = restTemplate;
        this.baseUrl = baseUrl;
    }

    /** Driving minutes from the origin to each destination. */
    public Map<String, Integer> drivingMinutes(String origin, List<String> destinations) {
        Map<String, Integer> minutes = new LinkedHashMap<>();
        for (String destination : destinations) {
            Integer value = restTemplate.getForObject(baseUrl + "/route/minutes?from={from}&to={to}", Integer.class,
                    origin, destination);
            minutes.put(destination, value == null ? -1 : value);
        }
        return minutes;
    }
}
