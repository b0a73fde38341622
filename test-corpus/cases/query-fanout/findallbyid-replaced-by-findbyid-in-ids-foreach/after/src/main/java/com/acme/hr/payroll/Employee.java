package com.acme.hr.payroll;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.math.BigDecimal;

@Entity
public class Employee {
    @Id
    private Long id;
    private String fullName;
    private BigDecimal monthlySalary;
    private String taxCode;

    public Long getId() {
        return id;
    }

    public String getFullName() {
        return fullName;
    }

    public BigDecimal getMonthlySalary() {
        return monthlySalary;
    }

    public String getTaxCode() {
        return taxCode;
    }
}
