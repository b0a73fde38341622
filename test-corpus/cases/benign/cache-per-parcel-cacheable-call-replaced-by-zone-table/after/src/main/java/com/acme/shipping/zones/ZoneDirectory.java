package com.acme.shipping.zones;

import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Component;

@Component
public class ZoneDirectory {
    private final PostcodeZoneRepository repository;

    public ZoneDirectory(PostcodeZoneRepository repository) {
        this.repository = repository;
    }

    /** Postcode prefix to zone for a whole country; a country has at most a few thousand prefixes. */
    @Cacheable(cacheNames = "zoneTables", key = "#country")
    public Map<String, String> zoneTable(String country) {
        return repository.findByCountry(country).stream()
                .collect(Collectors.toMap(PostcodeZone::getPostcodePrefix, PostcodeZone::getZone, (a, b) -> a));
    }
}
