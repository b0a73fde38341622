package com.acme.checkout;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class CheckoutService {
    private final StockRepository stockRepository;

    public CheckoutService(StockRepository stockRepository) {
        this.stockRepository = stockRepository;
    }

    public void checkout(Order order) {
        reserve(order); // expect: proxy-bypass
    }

    @Transactional
    public void reserve(Order order) {
        for (Order.Line line : order.lines()) {
            stockRepository.decrement(line.sku(), line.quantity());
        }
    }

}
