package com.acme.shop.pricing;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface DiscountRuleRepository extends JpaRepository<DiscountRule, Long> {
    @Query("select r from DiscountRule r where r.tenant = :tenant and r.region = :region and r.active = true")
    List<DiscountRule> findActiveRules(@Param("tenant") String tenant, @Param("region") String region);
}
