package com.acme.shipping.zones;

import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Component;

@Component
public class ZoneDirectory {
    private final PostcodeZoneRepository repository;

    public ZoneDirectory(PostcodeZoneRepository repository) {
        this.repository = repository;
    }

    @Cacheable(cacheNames = "postcodeZones", key = "#country + ':' + #postcodePrefix")
    public String zoneFor(String country, String postcodePrefix) {
        PostcodeZone zone = repository.findFirstByCountryAndPostcodePrefix(country, postcodePrefix);
        return zone == null ? "REMOTE" : zone.getZone();
    }
}
