package com.acme.quote;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PlanRepository extends JpaRepository<Plan, String> {
    Plan findByCode(String code);

    Plan findContractPlan(String tenantId);
}
