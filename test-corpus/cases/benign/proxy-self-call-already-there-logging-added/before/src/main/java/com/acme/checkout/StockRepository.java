package com.acme.checkout;

import org.springframework.data.jpa.repository.JpaRepository;

public interface StockRepository extends JpaRepository<StockRow, String> {
    int decrement(String sku, int quantity);
}
