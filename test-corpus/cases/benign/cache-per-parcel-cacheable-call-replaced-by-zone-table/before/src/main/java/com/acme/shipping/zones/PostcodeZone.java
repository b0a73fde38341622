package com.acme.shipping.zones;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class PostcodeZone {
    @Id
    private Long id;
    private String country;
    private String postcodePrefix;
    private String zone;

    public String getCountry() {
        return country;
    }

    public String getPostcodePrefix() {
        return postcodePrefix;
    }

    public String getZone() {
        return zone;
    }
}
