package com.acme.pricing;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Service;

@Service
public class QuoteService {
    private final PriceRepository prices;

    public QuoteService(PriceRepository prices) {
        this.prices = prices;
    }

    public BigDecimal quote(List<String> skus) {
        BigDecimal total = BigDecimal.ZERO;
        for (String sku : skus) {
            total = total.add(listPrice(sku)); // expect: proxy-bypass, cache-cardinality
        }
        return total;
    }

    @Cacheable("list-prices")
    public BigDecimal listPrice(String sku) {
        return prices.findListPriceBySku(sku);
    }

}
