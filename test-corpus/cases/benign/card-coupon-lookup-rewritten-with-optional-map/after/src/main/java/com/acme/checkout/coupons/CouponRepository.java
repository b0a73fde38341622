package com.acme.checkout.coupons;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CouponRepository extends JpaRepository<Coupon, Long> {
    Coupon findFirstByCodeIgnoreCase(String code);
}
