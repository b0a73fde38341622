package com.acme.checkout;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class StockService {
    private final StockRepository stockRepository;

    public StockService(StockRepository stockRepository) {
        this.stockRepository = stockRepository;
    }

    @Transactional
    public void reserve(Order order) {
        for (Order.Line line : order.lines()) {
            stockRepository.decrement(line.sku(), line.quantity());
        }
    }

}
