package com.acme.erp.fulfilment;

import static com.acme.erp.fulfilment.jooq.Tables.WAREHOUSE_ZONE;

import com.acme.erp.fulfilment.jooq.tables.records.WarehouseZoneRecord;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.springframework.stereotype.Service;

@Service
public class PickListPlanner {
    private final DSLContext dsl;

    public PickListPlanner(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<PickTask> plan(List<SalesOrder> wave) {
        List<PickTask> tasks = new ArrayList<>();
        for (SalesOrder order : wave) {
            for (OrderLine line : order.lines()) {
                // mixed-zone orders: chilled and ambient lines are picked in different zones
                WarehouseZoneRecord zone = dsl.selectFrom(WAREHOUSE_ZONE).where(WAREHOUSE_ZONE.CODE.eq(line.zoneCode())).fetchOne(); // expect: query-fanout
                tasks.add(new PickTask(order.number(), line.sku(), line.quantity(),
                        zone.getAisle(), zone.getWalkOrder()));
            }
        }
        return tasks;
    }
}
