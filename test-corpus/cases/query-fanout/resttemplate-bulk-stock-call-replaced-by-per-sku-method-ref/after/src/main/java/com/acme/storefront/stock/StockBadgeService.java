package com.acme.storefront.stock;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.web.client.RestTemplate;

@Service
public class StockBadgeService {
    private static final String INVENTORY = "http://inventory-service/api";

    private final RestTemplate restTemplate;

    public StockBadgeService(RestTemplate restTemplate) {
        this.restTemplate = restTemplate;
    }

    public Map<String, String> badges(List<String> skus) {
        return skus.stream()
                .map(this::fetchStock) // expect: query-fanout
                .filter(Objects::nonNull)
                .collect(Collectors.toMap(StockLevel::sku, StockLevel::badge));
    }

    private StockLevel fetchStock(String sku) {
        return restTemplate.getForObject(INVENTORY + "/stock/{sku}", StockLevel.class, sku);
    }
}
