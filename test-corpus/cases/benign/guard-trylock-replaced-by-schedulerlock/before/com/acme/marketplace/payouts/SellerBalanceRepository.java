package com.acme.marketplace.payouts;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface SellerBalanceRepository extends JpaRepository<SellerBalance, String> {
    List<SellerBalance> findByPendingCentsGreaterThan(long cents);
}
