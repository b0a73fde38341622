package com.acme.warehouse.replenishment;

public class Part {
    private Long id;
    private String code;
    private int reorderPoint;

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public int getReorderPoint() {
        return reorderPoint;
    }
}
