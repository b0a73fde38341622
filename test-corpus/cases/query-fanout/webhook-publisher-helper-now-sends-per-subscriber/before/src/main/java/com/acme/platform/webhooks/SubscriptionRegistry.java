package com.acme.platform.webhooks;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/** Subscriber endpoints per event type, refreshed from the admin API by a background job. */
@Component
public class SubscriptionRegistry {
    private final Map<String, List<URI>> endpoints = new ConcurrentHashMap<>();

    public List<URI> endpointsFor(String eventType) {
        return endpoints.getOrDefault(eventType, List.of());
    }

    public void replace(String eventType, List<URI> uris) {
        endpoints.put(eventType, List.copyOf(uris));
    }
}
