package com.acme.inventory.availability;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.stereotype.Service;

@Service
public class AvailabilityService {
    private final Cache stockCache;

    public AvailabilityService(CacheManager cacheManager) {
        this.stockCache = cacheManager.getCache("stock");
    }

    public Map<String, Integer> available(List<Warehouse> warehouses, List<String> skus) {
        Map<String, Integer> totals = new HashMap<>();
        for (Warehouse warehouse : warehouses) {
            if (!warehouse.active()) {
                continue;
            }
            for (String sku : skus) {
                Cache.ValueWrapper cached = stockCache.get(warehouse.id() + ":" + sku); // expect: cache-cardinality
                int level = cached == null ? 0 : (Integer) cached.get();
                totals.merge(sku, level, Integer::sum);
            }
        }
        return totals;
    }
}
