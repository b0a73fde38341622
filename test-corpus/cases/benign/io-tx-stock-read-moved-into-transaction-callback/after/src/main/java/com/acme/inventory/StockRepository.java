package com.acme.inventory;

import org.springframework.data.jpa.repository.JpaRepository;

public interface StockRepository extends JpaRepository<StockRow, String> {
    int adjust(String sku, int delta);
}
