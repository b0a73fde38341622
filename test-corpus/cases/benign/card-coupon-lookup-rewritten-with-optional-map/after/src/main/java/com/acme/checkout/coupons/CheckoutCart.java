package com.acme.checkout.coupons;

import java.math.BigDecimal;

public record CheckoutCart(String id, BigDecimal subtotal, String couponCode) {
}
