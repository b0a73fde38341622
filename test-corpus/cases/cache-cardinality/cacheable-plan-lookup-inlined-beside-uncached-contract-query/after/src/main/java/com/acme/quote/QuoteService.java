package com.acme.quote;

import java.math.BigDecimal;
import org.springframework.stereotype.Service;

@Service
public class QuoteService {
    private final PlanRepository plans;

    public QuoteService(PlanRepository plans) {
        this.plans = plans;
    }

    public BigDecimal quote(String tenantId, String code) {
        Plan contract = plans.findContractPlan(tenantId);
        if (contract != null) {
            return contract.monthly();
        }
        Plan plan = plans.findByCode(code); // expect: cache-cardinality
        return plan.monthly();
    }
}
