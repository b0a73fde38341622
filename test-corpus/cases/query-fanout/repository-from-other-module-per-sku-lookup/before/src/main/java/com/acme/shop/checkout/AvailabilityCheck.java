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
        List<StockLevel> levels = stockRepository.findAllBySkuIn(skus);
        return levels.size() == skus.size() && levels.stream().allMatch(l -> l.units() > 0);
    }
}
