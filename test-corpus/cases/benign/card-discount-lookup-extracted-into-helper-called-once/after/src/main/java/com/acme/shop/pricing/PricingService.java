package com.acme.shop.pricing;

import java.math.BigDecimal;
import java.util.Map;
import org.springframework.stereotype.Service;

@Service
public class PricingService {
    private final DiscountRules discountRules;

    public PricingService(DiscountRules discountRules) {
        this.discountRules = discountRules;
    }

    public BigDecimal price(Cart cart) {
        Map<String, BigDecimal> discounts = discountRules.forCart(cart);
        BigDecimal total = BigDecimal.ZERO;
        for (CartItem item : cart.items()) {
            total = total.add(lineTotal(item, discounts));
        }
        return total;
    }

    private static BigDecimal lineTotal(CartItem item, Map<String, BigDecimal> discounts) {
        BigDecimal percent = discounts.getOrDefault(item.category(), BigDecimal.ZERO);
        return item.subtotal().multiply(BigDecimal.ONE.subtract(percent));
    }
}
