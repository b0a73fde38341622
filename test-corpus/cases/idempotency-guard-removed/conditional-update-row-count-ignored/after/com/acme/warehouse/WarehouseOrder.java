package com.acme.warehouse;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class WarehouseOrder {
    @Id
    private String id;
    private String status;
    private String pickList;

    public String getId() {
        return id;
    }

    public String getPickList() {
        return pickList;
    }

    public void setStatus(String status) {
        this.status = status;
    }
}
