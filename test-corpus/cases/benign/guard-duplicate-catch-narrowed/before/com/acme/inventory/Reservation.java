package com.acme.inventory;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.springframework.data.domain.Persistable;

@Entity
public class Reservation implements Persistable<String> {
    @Id
    private String messageId;
    private String sku;
    private int quantity;

    protected Reservation() {
    }

    public Reservation(String messageId, String sku, int quantity) {
        this.messageId = messageId;
        this.sku = sku;
        this.quantity = quantity;
    }

    @Override
    public String getId() {
        return messageId;
    }

    @Override
    public boolean isNew() {
        return true;
    }
}
