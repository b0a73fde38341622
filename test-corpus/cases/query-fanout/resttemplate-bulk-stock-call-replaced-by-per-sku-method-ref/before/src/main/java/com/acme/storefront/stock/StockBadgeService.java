package com.acme.storefront.stock;

import java.util.List;
import java.util.Map;
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
        StockLevels response = restTemplate.postForObject(INVENTORY + "/stock/bulk", skus, StockLevels.class);
        List<StockLevel> levels = response == null ? List.of() : response.levels();
        return levels.stream().collect(Collectors.toMap(StockLevel::sku, StockLevel::badge));
    }
}
