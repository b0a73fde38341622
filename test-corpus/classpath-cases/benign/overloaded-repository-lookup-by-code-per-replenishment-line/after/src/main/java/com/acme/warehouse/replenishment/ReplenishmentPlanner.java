package com.acme.warehouse.replenishment;

import java.util.ArrayList;
import java.util.List;

public class ReplenishmentPlanner {
    private final PartRepository partRepository;
    private final PartDirectory directory;

    public ReplenishmentPlanner(PartRepository partRepository, PartDirectory directory) {
        this.partRepository = partRepository;
        this.directory = directory;
    }

    public List<String> belowReorderPoint(List<StockLine> lines) {
        List<String> codes = new ArrayList<>();
        for (StockLine line : lines) {
            Part part = directory.lookup(line.partCode()); // without-classpath: query-fanout
            if (line.onHand() < part.getReorderPoint()) {
                codes.add(part.getCode());
            }
        }
        return codes;
    }
}
