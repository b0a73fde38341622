package com.acme.shop.catalog;

import org.springframework.stereotype.Component;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import com.github.benmanes.caffeine.cache.Cache;

@Component
public class StockBadgeBuilder
{
    private final Cache<String, String> labelOverrides;
    private final StockLevelRepository stockLevelRepository;

    public StockBadgeBuilder(Cache<String, String> labelOverrides, StockLevelRepository stockLevelRepository)
    {
        this.labelOverrides = labelOverrides; this.stockLevelRepository = stockLevelRepository;
    }

    public List<StockBadge> badges(String warehouseCode, List<String> skus)
    {
        Map<String, Integer> onHand = stockLevelRepository.findByWarehouseCode(warehouseCode).stream().collect(Collectors.toMap(StockLevel::getSku, StockLevel::getOnHand));
        return skus.stream().map(sku -> {
            String override = labelOverrides.getIfPresent(sku);
            if (override != null) return new StockBadge(sku, override);
            int units = onHand.getOrDefault(sku, 0);
            return new StockBadge(sku, units == 0 ? "Sold out" : units < 5 ? "Only " + units + " left" : "In stock");
        }).collect(Collectors.toList());
    }
}
