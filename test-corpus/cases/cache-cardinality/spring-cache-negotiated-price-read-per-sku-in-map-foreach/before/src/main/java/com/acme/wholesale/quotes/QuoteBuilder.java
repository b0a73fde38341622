package com.acme.wholesale.quotes;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.stereotype.Service;

@Service
public class QuoteBuilder {
    private static final String NEGOTIATED = "negotiated:";

    private final CacheManager cacheManager;
    private final PriceList priceList;

    public QuoteBuilder(CacheManager cacheManager, PriceList priceList) {
        this.cacheManager = cacheManager;
        this.priceList = priceList;
    }

    public List<QuoteLine> build(String customerId, Map<String, Integer> quantities) {
        Cache pricing = cacheManager.getCache("pricing");
        NegotiatedPrices negotiated = pricing.get(NEGOTIATED + customerId, NegotiatedPrices.class);
        List<QuoteLine> lines = new ArrayList<>();
        quantities.forEach((sku, quantity) -> {
            BigDecimal listPrice = priceList.listPrice(sku);
            BigDecimal unitPrice = negotiated == null ? listPrice : negotiated.priceOf(sku, listPrice);
            lines.add(new QuoteLine(sku, quantity, unitPrice));
        });
        return lines;
    }
}
