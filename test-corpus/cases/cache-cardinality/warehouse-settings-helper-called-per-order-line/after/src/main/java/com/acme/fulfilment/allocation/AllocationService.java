package com.acme.fulfilment.allocation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

@Service
public class AllocationService {
    private final WarehouseSettings warehouseSettings;

    public AllocationService(WarehouseSettings warehouseSettings) {
        this.warehouseSettings = warehouseSettings;
    }

    public List<PickTask> allocate(Order order) {
        List<PickTask> tasks = new ArrayList<>();
        for (OrderLine line : order.getLines()) {
            // split shipments: a line may come from another warehouse than the order's default
            String warehouseId = line.warehouseId() != null ? line.warehouseId() : order.getWarehouseId();
            Map<Object, Object> settings = warehouseSettings.current(warehouseId); // expect: cache-cardinality
            String zone = warehouseSettings.zoneFor(settings, line.sku());
            tasks.add(new PickTask(order.getId(), line.sku(), line.quantity(), warehouseId, zone));
        }
        return tasks;
    }
}
