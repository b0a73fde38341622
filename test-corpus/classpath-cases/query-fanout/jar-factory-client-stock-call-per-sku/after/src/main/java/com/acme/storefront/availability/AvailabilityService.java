package com.acme.storefront.availability;

import com.acme.platform.http.ServiceClients;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

public class AvailabilityService {
    private static final String STOCK_URL = "http://inventory/api/stock/{sku}";

    public Map<String, Integer> availability(List<String> skus) {
        var inventory = ServiceClients.forService("inventory");
        Map<String, Integer> out = new HashMap<>();
        for (String sku : skus) {
            StockLevel level = inventory.getForObject(STOCK_URL, StockLevel.class, sku); // expect: query-fanout
            out.put(sku, level == null ? 0 : level.available());
        }
        return out;
    }
}
