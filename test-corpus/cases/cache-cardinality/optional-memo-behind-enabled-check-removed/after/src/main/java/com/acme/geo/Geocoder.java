package com.acme.geo;

import org.springframework.web.client.RestTemplate;

public class Geocoder {
    private final RestTemplate http;

    public Geocoder(RestTemplate http) {
        this.http = http;
    }

    public String address(double lat, double lon) {
        String key = lat + "," + lon;
        return http.getForObject("https://geo.example/reverse?latlon={k}", String.class, key); // expect: cache-cardinality
    }
}
