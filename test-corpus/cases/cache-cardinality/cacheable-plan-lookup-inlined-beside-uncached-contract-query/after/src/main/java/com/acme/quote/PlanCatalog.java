package com.acme.quote;

import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Service;

@Service
public class PlanCatalog {
    private final PlanRepository plans;

    public PlanCatalog(PlanRepository plans) {
        this.plans = plans;
    }

    @Cacheable("plans")
    public Plan planFor(String code) {
        return plans.findByCode(code);
    }
}
