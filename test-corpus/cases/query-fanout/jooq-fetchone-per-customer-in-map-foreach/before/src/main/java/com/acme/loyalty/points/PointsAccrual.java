package com.acme.loyalty.points;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.table;

import java.util.HashMap;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Result;
import org.springframework.stereotype.Service;

@Service
public class PointsAccrual {
    private final DSLContext dsl;

    public PointsAccrual(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Returns the new balance per customer; customers without an account are skipped. */
    public Map<Long, Long> accrue(Map<Long, Long> pointsByCustomer) {
        Result<Record> accounts = dsl.fetch(table("loyalty_account"),
                field("customer_id", Long.class).in(pointsByCustomer.keySet()));
        Map<Long, Long> balances = new HashMap<>();
        for (Record account : accounts) {
            Long customerId = account.get(field("customer_id", Long.class));
            Long current = account.get(field("balance", Long.class));
            balances.put(customerId, current + pointsByCustomer.getOrDefault(customerId, 0L));
        }
        return balances;
    }
}
