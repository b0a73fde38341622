package com.acme.geo;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.client.RestTemplate;

public class Geocoder {
    private final RestTemplate http;
    private final Map<String, String> cache;

    public Geocoder(RestTemplate http, int cacheSize) {
        this.http = http;
        this.cache = cacheSize > 0 ? new LinkedHashMap<>() : null;
    }

    public String address(double lat, double lon) {
        String key = lat + "," + lon;
        if (cache != null) {
            String hit = cache.get(key);
            if (hit != null) {
                return hit;
            }
        }
        String address = http.getForObject("https://geo.example/reverse?latlon={k}", String.class, key);
        if (cache != null) {
            cache.put(key, address);
        }
        return address;
    }
}
