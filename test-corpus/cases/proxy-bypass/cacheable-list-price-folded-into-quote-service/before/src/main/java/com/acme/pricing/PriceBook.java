package com.acme.pricing;

import java.math.BigDecimal;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Service;

@Service
public class PriceBook {
    private final PriceRepository prices;

    public PriceBook(PriceRepository prices) {
        this.prices = prices;
    }

    @Cacheable("list-prices")
    public BigDecimal listPrice(String sku) {
        return prices.findListPriceBySku(sku);
    }

}
