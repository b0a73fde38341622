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
        Plan plan = catalog.planFor(code);
        Plan contract = contractOf(tenantId);
        return contract != null ? contract.monthly() : plan.monthly();
    }

    private Plan contractOf(String tenantId) {
        return plans.findContractPlan(tenantId);
    }
}
