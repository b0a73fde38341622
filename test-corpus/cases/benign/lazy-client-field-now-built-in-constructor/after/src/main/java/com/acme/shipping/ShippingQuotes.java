package com.acme.shipping;

import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.stereotype.Service;
import org.springframework.web.client.RestTemplate;

@Service
public class ShippingQuotes {
    private final RestTemplate client;

    public ShippingQuotes(RestTemplateBuilder builder) {
        this.client = builder.build();
    }

    public String quote(String parcelId) {
        return client.getForObject("http://carrier/quotes/{id}", String.class, parcelId);
    }
}
