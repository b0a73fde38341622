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

    @SuppressWarnings("unchecked")
    public Map<String, Integer> available(List<Warehouse> warehouses, List<String> skus) {
        Map<String, Integer> totals = new HashMap<>();
        for (Warehouse warehouse : warehouses) {
            Cache.ValueWrapper cached = stockCache.get(warehouse.id());
            if (cached == null || !warehouse.active()) {
                continue;
            }
            Map<String, Integer> levels = (Map<String, Integer>) cached.get();
            for (String sku : skus) {
                totals.merge(sku, levels.getOrDefault(sku, 0), Integer::sum);
            }
        }
        return totals;
    }
}
