package com.acme.pricing;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestTemplate;

@Service
public class PriceLookup {
    private final RestTemplate restTemplate;
    private final PriceRepository prices;

    public PriceLookup(RestTemplate restTemplate, PriceRepository prices) {
        this.restTemplate = restTemplate;
        this.prices = prices;
    }

    private final Map<String, Price> lastKnown = new ConcurrentHashMap<>();

    public Price current(String sku) {
        try {
            Price price = restTemplate.getForObject("https://pricing.internal/prices/{sku}", Price.class, sku);
            lastKnown.put(sku, price);
            return price;
        } catch (RestClientException e) {
            return lastKnown.getOrDefault(sku, Price.UNKNOWN);
        }
    }

}
