package com.acme.refunds;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class RefundRequestEntity {
    @Id
    private Long id;
    private String paymentIntentId;
    private String status;

    public Long getId() {
        return id;
    }

    public String getPaymentIntentId() {
        return paymentIntentId;
    }

    public String getStatus() {
        return status;
    }
}
