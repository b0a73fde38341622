package com.acme.loyalty;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

public interface PointsRepository extends JpaRepository<PointsEntry, String> {
    Optional<PointsEntry> findByPurchaseId(String purchaseId);
}
