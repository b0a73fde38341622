package com.acme.checkout.coupons;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.time.Instant;

@Entity
public class Coupon {
    @Id
    private Long id;
    private String code;
    private BigDecimal amountOff;
    private Instant expiresAt;

    public String getCode() {
        return code;
    }

    public BigDecimal getAmountOff() {
        return amountOff;
    }

    public boolean isExpired(Instant now) {
        return expiresAt != null && expiresAt.isBefore(now);
    }
}
