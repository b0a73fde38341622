package com.acme.orders.history;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;

@Entity
public class CustomerOrder {
    @Id
    private Long id;
    private String customerId;
    private Instant placedAt;

    public Long getId() {
        return id;
    }

    public String getCustomerId() {
        return customerId;
    }

    public Instant getPlacedAt() {
        return placedAt;
    }
}
