package com.acme.quote;

import java.math.BigDecimal;
import org.springframework.stereotype.Service;

@Service
public class QuoteService {
    private final PlanRepository plans;
    private final PlanCatalog catalog;

    public QuoteService(PlanRepository plans, PlanCatalog catalog) {
        this.plans = plans;
        this.catalog = catalog;
    }

    public BigDecimal quote(String tenantId, String code) {
        Plan contract = plans.findContractPlan(tenantId);
        if (contract != null) {
            return contract.monthly();
        }
        Plan plan = catalog.planFor(code);
        return plan.monthly();
    }
}
