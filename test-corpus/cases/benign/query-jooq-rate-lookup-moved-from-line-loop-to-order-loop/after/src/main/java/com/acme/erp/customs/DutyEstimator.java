package com.acme.erp.customs;

import static com.acme.erp.customs.jooq.Tables.DUTY_RATE;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.springframework.stereotype.Service;

@Service
public class DutyEstimator {
    private final DSLContext dsl;

    public DutyEstimator(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<DutyLine> estimate(List<ExportOrder> orders) {
        List<DutyLine> duties = new ArrayList<>();
        for (ExportOrder order : orders) {
            // the rate depends only on the destination, not on the line
            BigDecimal rate = dsl.select(DUTY_RATE.RATE).from(DUTY_RATE)
                    .where(DUTY_RATE.COUNTRY.eq(order.destinationCountry()))
                    .fetchOne(DUTY_RATE.RATE);
            for (ExportLine line : order.lines()) {
                duties.add(new DutyLine(order.number(), line.sku(), line.customsValue().multiply(rate)));
            }
        }
        return duties;
    }
}
