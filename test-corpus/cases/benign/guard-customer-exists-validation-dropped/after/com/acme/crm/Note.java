package com.acme.crm;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

@Entity
public class Note {
    @Id
    @GeneratedValue
    private Long id;
    private Long customerId;
    private String text;

    protected Note() {
    }

    public Note(Long customerId, String text) {
        this.customerId = customerId;
        this.text = text;
    }
}
