package com.acme.pricing;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PriceRepository extends JpaRepository<Price, String> {
    Price findFirstBySkuOrderByValidFromDesc(String sku);
}
