package com.acme.warehouse.replenishment;

import java.util.ArrayList;
import java.util.List;

public class ReplenishmentPlanner {
    private final PartStore partStore;
    private final PartDirectory directory;

    public ReplenishmentPlanner(PartStore partStore, PartDirectory directory) {
        this.partStore = partStore;
        this.directory = directory;
    }

    public List<String> belowReorderPoint(List<StockLine> lines) {
        List<String> codes = new ArrayList<>();
        for (StockLine line : lines) {
            Part part = directory.lookup(line.partId()); // expect: query-fanout
            if (line.onHand() < part.getReorderPoint()) {
                codes.add(part.getCode());
            }
        }
        return codes;
    }
}
