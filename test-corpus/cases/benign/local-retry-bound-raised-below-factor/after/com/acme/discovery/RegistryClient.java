package com.acme.discovery;

import java.util.List;
import org.springframework.web.client.RestTemplate;

public class RegistryClient {
    private final RestTemplate restTemplate;
    private final String registryUrl;

    public RegistryClient(RestTemplate restTemplate, String registryUrl) {
        this.restTemplate = restTemplate;
        this.registryUrl = registryUrl;
    }

    public List<?> lookup(String service) {
        int maxRetries = 4;
        RuntimeException last = null;
        for (int i = 0; i < maxRetries; i++) {
            try {
                return restTemplate.getForObject(registryUrl + "/services/" + service, List.class);
            } catch (RuntimeException e) {
                last = e;
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new IllegalStateException("registry lookup failed for " + service, last);
    }
}
