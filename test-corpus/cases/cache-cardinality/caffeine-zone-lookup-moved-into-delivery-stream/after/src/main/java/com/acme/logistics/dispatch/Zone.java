package com.acme.logistics.dispatch;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Zone {
    @Id
    private String postcode;
    private String code;
    private int slaMinutes;

    public String getPostcode() {
        return postcode;
    }

    public String getCode() {
        return code;
    }

    public int getSlaMinutes() {
        return slaMinutes;
    }
}
