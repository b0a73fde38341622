package com.acme.geo.stores;

import com.acme.geo.lookup.Coordinates;
import com.acme.geo.lookup.GeocodingClient;

public class StoreLocator {
    private final GeocodingClient geocodingClient;

    public StoreLocator(GeocodingClient geocodingClient) {
        this.geocodingClient = geocodingClient;
    }

    public Coordinates locate(String address) {
        return geocodingClient.geocode(address);
    }
}
