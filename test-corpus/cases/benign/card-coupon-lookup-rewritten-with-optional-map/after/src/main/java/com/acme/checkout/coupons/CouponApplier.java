package com.acme.checkout.coupons;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Service;

@Service
public class CouponApplier {
    private final CouponRepository couponRepository;
    private final Clock clock;

    public CouponApplier(CouponRepository couponRepository, Clock clock) {
        this.couponRepository = couponRepository;
        this.clock = clock;
    }

    public BigDecimal totalAfterCoupon(CheckoutCart cart) {
        BigDecimal discount = Optional.ofNullable(cart.couponCode())
                .map(couponRepository::findFirstByCodeIgnoreCase)
                .filter(coupon -> !coupon.isExpired(clock.instant()))
                .map(Coupon::getAmountOff)
                .orElse(BigDecimal.ZERO);
        return cart.subtotal().subtract(discount).max(BigDecimal.ZERO);
    }
}
