package com.acme.shop.catalog;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class StockLevel {
    @Id
    private String sku;
    private String warehouseCode;
    private int onHand;

    public String getSku() {
        return sku;
    }

    public int getOnHand() {
        return onHand;
    }
}
