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
        Map<Object, Object> settings = warehouseSettings.current(order.getWarehouseId());
        List<PickTask> tasks = new ArrayList<>();
        for (OrderLine line : order.getLines()) {
            String zone = warehouseSettings.zoneFor(settings, line.sku());
            tasks.add(new PickTask(order.getId(), line.sku(), line.quantity(), order.getWarehouseId(), zone));
        }
        return tasks;
    }
}
