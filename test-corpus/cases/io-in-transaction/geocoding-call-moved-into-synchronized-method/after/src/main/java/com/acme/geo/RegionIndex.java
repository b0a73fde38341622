package com.acme.geo;

import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

@Component
public class RegionIndex {
    private final Map<String, Region> byAddress = new HashMap<>();
    private final RestClient maps;

    public RegionIndex(RestClient maps) {
        this.maps = maps;
    }

    public Region regionOf(String address) {
        return resolveAndRemember(address); // expect: io-in-transaction
    }

    private synchronized Region resolveAndRemember(String address) {
        Region region = maps.get().uri("/geocode?q={a}", address).retrieve().body(Region.class);
        byAddress.putIfAbsent(address, region);
        return byAddress.get(address);
    }
}
