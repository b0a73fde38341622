package com.acme.billing.fx;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.math.BigDecimal;

@Entity
public class FxRate {
    @Id
    private String pair;
    private BigDecimal rate;

    public String getPair() {
        return pair;
    }

    public BigDecimal getRate() {
        return rate;
    }
}
