package com.acme.storefront.availability;

import com.acme.platform.http.ServiceClients;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

public class AvailabilityService {
    private static final String STOCK_BULK_URL = "http://inventory/api/stock?skus={skus}";

    public Map<String, Integer> availability(List<String> skus) {
        var inventory = ServiceClients.forService("inventory");
        StockLevel[] levels = inventory.getForObject(STOCK_BULK_URL, StockLevel[].class, String.join(",", skus));
        Map<String, Integer> out = new HashMap<>();
        for (StockLevel level : levels) {
            out.put(level.sku(), level.available());
        }
        return out;
    }
}
