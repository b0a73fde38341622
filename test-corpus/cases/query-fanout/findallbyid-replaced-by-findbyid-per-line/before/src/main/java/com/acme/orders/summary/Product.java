package com.acme.orders.summary;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.math.BigDecimal;

@Entity
public class Product {
    @Id
    private Long id;
    private String name;
    private BigDecimal listPrice;

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public BigDecimal getListPrice() {
        return listPrice;
    }
}
