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

    private static final String PRICE_URL = "https://pricing.internal/prices/{sku}";

    public Price current(String sku) {
        try {
            return restTemplate.getForObject(PRICE_URL, Price.class, sku);
        } catch (RestClientException unavailable) {
            return prices.findFirstBySkuOrderByValidFromDesc(sku);
        }
    }

}
