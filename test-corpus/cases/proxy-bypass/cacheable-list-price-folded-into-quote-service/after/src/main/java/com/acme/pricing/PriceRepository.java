package com.acme.pricing;

import java.math.BigDecimal;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PriceRepository extends JpaRepository<PriceRow, String> {
    BigDecimal findListPriceBySku(String sku);
}
