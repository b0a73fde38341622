package com.acme.shop.pricing;

import java.util.List;

public class Cart {
    private final String tenant;
    private final String region;
    private final List<CartItem> items;

    public Cart(String tenant, String region, List<CartItem> items) {
        this.tenant = tenant;
        this.region = region;
        this.items = items;
    }

    public String getTenant() {
        return tenant;
    }

    public String getRegion() {
        return region;
    }

    public List<CartItem> getItems() {
        return items;
    }
}
