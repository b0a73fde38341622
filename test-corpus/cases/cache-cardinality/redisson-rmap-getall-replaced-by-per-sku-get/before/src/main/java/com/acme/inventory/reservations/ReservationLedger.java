package com.acme.inventory.reservations;

import java.util.HashSet;
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
        return reservations.getAll(new HashSet<>(skus));
    }

    public void reserve(String warehouseId, String sku, int quantity) {
        RMap<String, Integer> reservations = redissonClient.getMap("reservations:" + warehouseId);
        reservations.addAndGet(sku, quantity);
    }
}
