package com.acme.wholesale.quotes;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Map;

public record NegotiatedPrices(String customerId, Map<String, BigDecimal> bySku) implements Serializable {
    public BigDecimal priceOf(String sku, BigDecimal listPrice) {
        return bySku.getOrDefault(sku, listPrice);
    }
}
