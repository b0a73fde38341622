package com.acme.accounts;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

@Entity
public class Customer {
    @Id
    @GeneratedValue
    private Long id;
    private String externalId;
    private String email;

    protected Customer() {
    }

    public Customer(String externalId, String email) {
        this.externalId = externalId;
        this.email = email;
    }

    public Long getId() {
        return id;
    }
}
