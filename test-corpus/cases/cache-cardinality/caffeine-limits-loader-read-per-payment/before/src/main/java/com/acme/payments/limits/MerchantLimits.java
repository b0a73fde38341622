package com.acme.payments.limits;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.math.BigDecimal;

@Entity
public class MerchantLimits {
    @Id
    private String merchantId;
    private BigDecimal singlePaymentMax;
    private BigDecimal dailyMax;

    public String getMerchantId() {
        return merchantId;
    }

    public BigDecimal getSinglePaymentMax() {
        return singlePaymentMax;
    }

    public BigDecimal getDailyMax() {
        return dailyMax;
    }
}
