package com.acme.cluster;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

@Component
public class RegistryClient {
    private static final long TTL_MILLIS = 30_000;

    private final Map<String, Long> lastHeartbeat = new ConcurrentHashMap<>();

    public void heartbeat(String host, long at) {
        lastHeartbeat.put(host, at);
    }

    public boolean isAlive(String host) {
        Long at = lastHeartbeat.get(host);
        return at != null && System.currentTimeMillis() - at < TTL_MILLIS;
    }
}
