package com.acme.shop.pricing;

import java.util.List;

public record Cart(String tenant, String region, List<CartItem> items) {
}
