package com.acme.fulfilment.allocation;

import java.util.Map;
import org.springframework.data.redis.core.RedisTemplate;
import org.springframework.stereotype.Component;

@Component
public class WarehouseSettings {
    private static final String SETTINGS_KEY = "warehouse:settings:";

    private final RedisTemplate<String, Object> redisTemplate;

    public WarehouseSettings(RedisTemplate<String, Object> redisTemplate) {
        this.redisTemplate = redisTemplate;
    }

    public Map<Object, Object> current(String warehouseId) {
        return redisTemplate.opsForHash().entries(SETTINGS_KEY + warehouseId);
    }

    public String zoneFor(Map<Object, Object> settings, String sku) {
        Object zone = settings.get("zone." + sku.substring(0, 2));
        return zone == null ? String.valueOf(settings.getOrDefault("zone.default", "A")) : zone.toString();
    }
}
