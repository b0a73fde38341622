package com.acme.fulfilment;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

@Entity
public class CustomerOrder {
    @Id
    private String id;
    private String email;
    @Enumerated(EnumType.STRING)
    private OrderStatus status;

    public String getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public OrderStatus getStatus() {
        return status;
    }

    public boolean isShipped() {
        return status == OrderStatus.SHIPPED;
    }

    public void markShipped() {
        this.status = OrderStatus.SHIPPED;
    }
}
