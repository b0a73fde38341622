package com.acme.checkout;

import org.springframework.stereotype.Service;

@Service
public class CheckoutService {
    private final StockService stockService;

    public CheckoutService(StockService stockService) {
        this.stockService = stockService;
    }

    public void checkout(Order order) {
        stockService.reserve(order);
    }

}
