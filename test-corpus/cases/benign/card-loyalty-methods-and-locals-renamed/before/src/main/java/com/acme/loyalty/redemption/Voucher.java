package com.acme.loyalty.redemption;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Voucher {
    @Id
    private String code;
    private long bonusPoints;

    public String getCode() {
        return code;
    }

    public long getBonusPoints() {
        return bonusPoints;
    }
}
