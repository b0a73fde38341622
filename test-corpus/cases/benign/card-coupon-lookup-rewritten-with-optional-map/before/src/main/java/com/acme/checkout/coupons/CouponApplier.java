package com.acme.checkout.coupons;

import java.math.BigDecimal;
import java.time.Clock;
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
        BigDecimal discount = BigDecimal.ZERO;
        if (cart.couponCode() != null) {
            Coupon coupon = couponRepository.findFirstByCodeIgnoreCase(cart.couponCode());
            if (coupon != null && !coupon.isExpired(clock.instant())) {
                discount = coupon.getAmountOff();
            }
        }
        return cart.subtotal().subtract(discount).max(BigDecimal.ZERO);
    }
}
