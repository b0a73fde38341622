package com.acme.shipping;

import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.stereotype.Service;
import org.springframework.web.client.RestTemplate;

@Service
public class ShippingQuotes {
    private final RestTemplateBuilder builder;
    private RestTemplate client;

    public ShippingQuotes(RestTemplateBuilder builder) {
        this.builder = builder;
    }

    public String quote(String parcelId) {
        if (client == null) {
            client = builder.build();
        }
        return client.getForObject("http://carrier/quotes/{id}", String.class, parcelId);
    }
}
