package com.acme.inventory.reservations;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.redisson.api.RMap;
import org.redisson.api.RedissonClient;
import org.springframework.stereotype.Component;

@Component
public class ReservationLedger {
    private final RedissonClient redissonClient;

    public ReservationLedger(RedissonClient redissonClient) {
        this.redissonClient = redissonClient;
    }

    public Map<String, Integer> reservedQuantities(String warehouseId, List<String> skus) {
        RMap<String, Integer> reservations = redissonClient.getMap("reservations:" + warehouseId);
        Map<String, Integer> result = new LinkedHashMap<>();
        for (String sku : skus) {
            Integer reserved = reservations.get(sku); // expect: cache-cardinality
            result.put(sku, reserved == null ? 0 : reserved);
        }
        return result;
    }

    public void reserve(String warehouseId, String sku, int quantity) {
        RMap<String, Integer> reservations = redissonClient.getMap("reservations:" + warehouseId);
        reservations.addAndGet(sku, quantity);
    }
}
