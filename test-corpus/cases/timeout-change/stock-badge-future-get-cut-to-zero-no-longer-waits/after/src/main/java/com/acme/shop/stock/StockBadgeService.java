package com.acme.shop.stock;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

public class StockBadgeService {
    private final WarehouseClient warehouse;

    public StockBadgeService(WarehouseClient warehouse) {
        this.warehouse = warehouse;
    }

    public String badgeFor(String sku) throws InterruptedException {
        CompletableFuture<Integer> level = CompletableFuture.supplyAsync(() -> warehouse.unitsOnHand(sku));
        try {
            int units = level.get(0, TimeUnit.SECONDS); // expect: timeout-change
            return units > 0 ? "in-stock" : "sold-out";
        } catch (ExecutionException | TimeoutException e) {
            return "unknown";
        }
    }
}
