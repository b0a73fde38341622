package com.acme.geo.stores;

import com.acme.geo.lookup.Coordinates;
import com.acme.geo.lookup.GeocodingClient;
import org.springframework.web.client.RestClientException;

public class StoreLocator {
    private static final int MAX_ATTEMPTS = 3;
    private static final long BACKOFF_MILLIS = 250;

    private final GeocodingClient geocodingClient;

    public StoreLocator(GeocodingClient geocodingClient) {
        this.geocodingClient = geocodingClient;
    }

    public Coordinates locate(String address) throws InterruptedException {
        RestClientException last = null;
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) { // expect: retry-amplification
            try {
                return geocodingClient.geocode(address);
            } catch (RestClientException e) {
                last = e;
                Thread.sleep(BACKOFF_MILLIS * attempt);
            }
        }
        throw last;
    }
}
