package com.acme.invoicing;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import java.time.Instant;

@Entity
public class Invoice {
    @Id
    private String number;
    private String customerEmail;
    private Instant lastReminderAt;

    public String getNumber() {
        return number;
    }

    public String getCustomerEmail() {
        return customerEmail;
    }

    public void remindedAt(Instant when) {
        this.lastReminderAt = when;
    }
}
