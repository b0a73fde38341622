package com.acme.shop.pricing;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.math.BigDecimal;

@Entity
public class DiscountRule {
    @Id
    private Long id;
    private String tenant;
    private String region;
    private String category;
    private BigDecimal percent;

    public String getCategory() {
        return category;
    }

    public BigDecimal getPercent() {
        return percent;
    }
}
