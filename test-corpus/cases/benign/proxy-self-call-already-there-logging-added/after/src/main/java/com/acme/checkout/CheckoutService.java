package com.acme.checkout;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class CheckoutService {
    private final StockRepository stockRepository;

    public CheckoutService(StockRepository stockRepository) {
        this.stockRepository = stockRepository;
    }

    private static final Logger log = LoggerFactory.getLogger(CheckoutService.class);

    public void checkout(Order order) {
        log.info("checking out order {}", order.id());
        reserve(order);
    }

    @Transactional
    public void reserve(Order order) {
        for (Order.Line line : order.lines()) {
            stockRepository.decrement(line.sku(), line.quantity());
        }
    }

}
