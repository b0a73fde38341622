package com.acme.loyalty.points;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.table;

import java.util.HashMap;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Service;

@Service
public class PointsAccrual {
    private final DSLContext dsl;

    public PointsAccrual(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Returns the new balance per customer; customers without an account are skipped. */
    public Map<Long, Long> accrue(Map<Long, Long> pointsByCustomer) {
        Map<Long, Long> balances = new HashMap<>();
        pointsByCustomer.forEach((customerId, points) -> {
            Record account = dsl.fetchOne(table("loyalty_account"), field("customer_id", Long.class).eq(customerId)); // expect: query-fanout
            if (account != null) {
                balances.put(customerId, account.get(field("balance", Long.class)) + points);
            }
        });
        return balances;
    }
}
