package com.acme.shop.pricing;

import java.math.BigDecimal;
import org.springframework.stereotype.Service;

@Service
public class PricingService {
    private final DiscountCalculator discountCalculator;

    public PricingService(DiscountCalculator discountCalculator) {
        this.discountCalculator = discountCalculator;
    }

    public BigDecimal price(Cart cart) {
        BigDecimal total = BigDecimal.ZERO;
        for (CartItem item : cart.getItems()) {
            total = total.add(lineTotal(cart, item)); // expect: cache-cardinality
        }
        return total;
    }

    private BigDecimal lineTotal(Cart cart, CartItem item) {
        BigDecimal percent = discountCalculator.discountFor(cart.getTenant(), cart.getRegion(), item.category());
        return item.subtotal().multiply(BigDecimal.ONE.subtract(percent));
    }
}
