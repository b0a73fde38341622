package com.acme.insurance.claims;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.time.LocalDate;

@Entity
public class Policy {
    @Id
    private Long id;
    private String policyNumber;
    private LocalDate startDate;
    private BigDecimal coverageLimit;

    public String getPolicyNumber() {
        return policyNumber;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public BigDecimal getCoverageLimit() {
        return coverageLimit;
    }
}
