package com.acme.orders.history;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ShipmentRepository extends JpaRepository<Shipment, Long> {
    List<Shipment> findByOrderId(Long orderId);

    List<Shipment> findByOrderIdIn(Collection<Long> orderIds);
}
