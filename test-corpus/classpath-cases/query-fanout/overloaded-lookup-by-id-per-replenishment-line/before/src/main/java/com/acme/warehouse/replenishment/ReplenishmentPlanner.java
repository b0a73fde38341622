package com.acme.warehouse.replenishment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

public class ReplenishmentPlanner {
    private final PartStore partStore;
    private final PartDirectory directory;

    public ReplenishmentPlanner(PartStore partStore, PartDirectory directory) {
        this.partStore = partStore;
        this.directory = directory;
    }

    public List<String> belowReorderPoint(List<StockLine> lines) {
        List<Long> ids = lines.stream().map(StockLine::partId).toList();
        Map<Long, Part> parts = new HashMap<>();
        for (Part p : partStore.findAllById(ids)) {
            parts.put(p.getId(), p);
        }
        List<String> codes = new ArrayList<>();
        for (StockLine line : lines) {
            Part part = parts.get(line.partId());
            if (part != null && line.onHand() < part.getReorderPoint()) {
                codes.add(part.getCode());
            }
        }
        return codes;
    }
}
