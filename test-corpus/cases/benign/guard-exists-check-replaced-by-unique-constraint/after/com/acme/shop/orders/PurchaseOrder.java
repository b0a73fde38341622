package com.acme.shop.orders;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

import java.math.BigDecimal;

@Entity
public class PurchaseOrder {
    @Id
    @GeneratedValue
    private Long id;

    @Column(nullable = false, unique = true)
    private String clientReference;

    private String customerId;
    private BigDecimal total;

    protected PurchaseOrder() {
    }

    public PurchaseOrder(String clientReference, String customerId, BigDecimal total) {
        this.clientReference = clientReference;
        this.customerId = customerId;
        this.total = total;
    }

    public Long getId() {
        return id;
    }

    public String getClientReference() {
        return clientReference;
    }
}
