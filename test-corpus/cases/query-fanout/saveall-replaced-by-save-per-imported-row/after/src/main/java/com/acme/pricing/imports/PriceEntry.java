package com.acme.pricing.imports;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import java.math.BigDecimal;

@Entity
public class PriceEntry {
    @Id
    @GeneratedValue
    private Long id;
    private String sku;
    private String currency;
    private BigDecimal amount;

    protected PriceEntry() {
    }

    public PriceEntry(String sku, String currency, BigDecimal amount) {
        this.sku = sku;
        this.currency = currency;
        this.amount = amount;
    }

    public BigDecimal getAmount() {
        return amount;
    }
}
