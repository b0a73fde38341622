package com.acme.shop.catalog;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface StockLevelRepository extends JpaRepository<StockLevel, String> {
    List<StockLevel> findByWarehouseCode(String warehouseCode);
}
