package com.acme.refunds;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RefundRequestRepository extends JpaRepository<RefundRequestEntity, Long> {
    List<RefundRequestEntity> findByStatus(String status);
}
