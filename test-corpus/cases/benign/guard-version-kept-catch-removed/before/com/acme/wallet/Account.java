package com.acme.wallet;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import java.math.BigDecimal;

@Entity
public class Account {
    @Id
    private String id;
    private BigDecimal balance = BigDecimal.ZERO;
    @Version
    private long version;

    public BigDecimal getBalance() {
        return balance;
    }

    public void credit(BigDecimal amount) {
        this.balance = balance.add(amount);
    }
}
