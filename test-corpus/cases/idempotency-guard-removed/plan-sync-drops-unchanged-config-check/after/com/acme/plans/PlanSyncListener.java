package com.acme.plans;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

@Component
public class PlanSyncListener {
    private final Map<String, Plan> plans = new ConcurrentHashMap<>();
    private final EntitlementClient entitlements;

    public PlanSyncListener(EntitlementClient entitlements) {
        this.entitlements = entitlements;
    }

    @KafkaListener(topics = "billing.plan-changed")
    public void onPlanChanged(Plan plan) {
        plans.put(plan.customerId(), plan);
        entitlements.push(plan); // expect: idempotency-guard-removed
    }
}
