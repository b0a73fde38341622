package com.acme.shop.promotions;

import java.util.List;

public class Order {
    private final String id;
    private final String campaignId;
    private final List<OrderLine> lines;

    public Order(String id, String campaignId, List<OrderLine> lines) {
        this.id = id;
        this.campaignId = campaignId;
        this.lines = lines;
    }

    public String getId() {
        return id;
    }

    public String getCampaignId() {
        return campaignId;
    }

    public List<OrderLine> getLines() {
        return lines;
    }
}
