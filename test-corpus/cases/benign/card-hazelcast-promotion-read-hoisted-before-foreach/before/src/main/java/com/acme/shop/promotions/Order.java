package com.acme.shop.promotions;

import java.util.List;

public record Order(String id, String campaignId, List<OrderLine> lines) {
}
