package com.acme.payments.limits;

import org.springframework.data.jpa.repository.JpaRepository;

public interface MerchantLimitsRepository extends JpaRepository<MerchantLimits, String> {
    MerchantLimits findByMerchantId(String merchantId);
}
