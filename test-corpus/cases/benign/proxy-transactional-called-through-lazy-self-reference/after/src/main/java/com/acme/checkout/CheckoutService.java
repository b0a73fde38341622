package com.acme.checkout;

import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class CheckoutService {
    private final StockRepository stockRepository;
    private final CheckoutService self;

    public CheckoutService(StockRepository stockRepository, @Lazy CheckoutService self) {
        this.stockRepository = stockRepository;
        this.self = self;
    }

    public void checkout(Order order) {
        self.reserve(order);
    }

    @Transactional
    public void reserve(Order order) {
        for (Order.Line line : order.lines()) {
            stockRepository.decrement(line.sku(), line.quantity());
        }
    }

}
