package com.acme.fulfilment.picking;

public class Product {
    private Long id;
    private String binLocation;
    private int weightGrams;

    public Long getId() {
        return id;
    }

    public String getBinLocation() {
        return binLocation;
    }

    public int getWeightGrams() {
        return weightGrams;
    }
}
