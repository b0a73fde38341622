package com.acme.shop.checkout;

import java.util.List;

public record Basket(String id, String campaign, List<BasketItem> items) {
}
