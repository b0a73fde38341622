package com.acme.fulfilment.allocation;

import java.util.List;

public class Order {
    private final String id;
    private final String warehouseId;
    private final List<OrderLine> lines;

    public Order(String id, String warehouseId, List<OrderLine> lines) {
        this.id = id;
        this.warehouseId = warehouseId;
        this.lines = lines;
    }

    public String getId() {
        return id;
    }

    public String getWarehouseId() {
        return warehouseId;
    }

    public List<OrderLine> getLines() {
        return lines;
    }
}
