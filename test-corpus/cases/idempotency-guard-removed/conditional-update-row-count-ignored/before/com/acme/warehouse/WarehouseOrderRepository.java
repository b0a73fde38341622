package com.acme.warehouse;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.List;

public interface WarehouseOrderRepository extends JpaRepository<WarehouseOrder, String> {
    List<WarehouseOrder> findTop50ByStatus(String status);

    @Modifying
    @Query("update WarehouseOrder o set o.status = 'PICKING' where o.id = :id and o.status = 'PAID'")
    int claimForPicking(@Param("id") String id);
}
