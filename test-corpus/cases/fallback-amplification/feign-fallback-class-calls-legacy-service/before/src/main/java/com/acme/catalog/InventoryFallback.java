package com.acme.catalog;

import org.springframework.stereotype.Component;
import org.springframework.web.client.RestTemplate;

@Component
public class InventoryFallback implements InventoryApi {
    private final RestTemplate legacy;

    public InventoryFallback(RestTemplate legacy) {
        this.legacy = legacy;
    }

    @Override
    public Stock stockOf(String sku) {
        return Stock.unknown(sku);
    }
}
