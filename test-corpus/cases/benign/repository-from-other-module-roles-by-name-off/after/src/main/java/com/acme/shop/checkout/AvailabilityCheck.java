package com.acme.shop.checkout;

import com.acme.shop.inventory.StockLevel;
import com.acme.shop.inventory.StockRepository;
import org.springframework.stereotype.Service;

import java.util.List;

@Service
public class AvailabilityCheck {
    private final StockRepository stockRepository;

    public AvailabilityCheck(StockRepository stockRepository) {
        this.stockRepository = stockRepository;
    }

    public boolean allAvailable(List<String> skus) {
        for (String sku : skus) {
            StockLevel level = stockRepository.findBySku(sku);
            if (level == null || level.units() <= 0) {
                return false;
            }
        }
        return true;
    }
}
