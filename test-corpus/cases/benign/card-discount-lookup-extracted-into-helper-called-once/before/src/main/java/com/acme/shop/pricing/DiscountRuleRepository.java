package com.acme.shop.pricing;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DiscountRuleRepository extends JpaRepository<DiscountRule, Long> {
    List<DiscountRule> findByTenantAndRegionAndActiveTrue(String tenant, String region);
}
