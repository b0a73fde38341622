package com.acme.shop.orders;

import java.math.BigDecimal;

public record CreateOrderRequest(String clientReference, String customerId, BigDecimal total) {
}
