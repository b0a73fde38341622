package com.acme.portal;

import org.springframework.web.client.RestTemplate;

public class AdminServiceClient {
    private final RestTemplate restTemplate;
    private final String baseUrl;

    public AdminServiceClient(RestTemplate restTemplate, String baseUrl) {
        this.restTemplate = restTemplate;
        this.baseUrl = baseUrl;
    }

    public boolean isNamespaceUnique(String appId, String name) {
        Boolean unique = restTemplate.getForObject(baseUrl + "/apps/{appId}/namespaces/{name}/unique", Boolean.class,
                appId, name);
        return Boolean.TRUE.equals(unique);
    }

    public boolean existsApp(String appId) {
        Boolean exists = restTemplate.getForObject(baseUrl + "/apps/{appId}/exists", Boolean.class, appId);
        return Boolean.TRUE.equals(exists);
    }

    public NamespaceDto createNamespace(NamespaceDto namespace) {
        return restTemplate.postForObject(baseUrl + "/apps/{appId}/namespaces", namespace, NamespaceDto.class,
                namespace.appId());
    }
}
