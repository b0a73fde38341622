package com.acme.billing.statements;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;

@Service
public class StatementBuilder {
    private final CustomerClient customerClient;

    public StatementBuilder(CustomerClient customerClient) {
        this.customerClient = customerClient;
    }

    public List<StatementLine> build(String ownerId, List<StatementOrder> orders) {
        List<StatementLine> lines = new ArrayList<>();
        for (StatementOrder order : orders) {
            // consolidated statements: sub-accounts keep their own tier
            CustomerTier tier = customerClient.tier(order.customerId()); // expect: query-fanout
            BigDecimal fee = order.amount().multiply(tier.feePercent()).movePointLeft(2)
                    .setScale(2, RoundingMode.HALF_UP);
            lines.add(new StatementLine(order.orderId(), order.amount(), fee));
        }
        return lines;
    }
}
