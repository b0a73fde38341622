package com.acme.logistics.manifest;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Warehouse {
    @Id
    private Long id;
    private String code;
    private String customsOffice;

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getCustomsOffice() {
        return customsOffice;
    }
}
