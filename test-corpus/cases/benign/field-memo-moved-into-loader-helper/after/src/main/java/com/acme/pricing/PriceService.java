package com.acme.pricing;

import java.math.BigDecimal;
import org.springframework.stereotype.Service;

@Service
public class PriceService {
    private final PriceListLoader loader;

    public PriceService(PriceListLoader loader) {
        this.loader = loader;
    }

    public BigDecimal listPrice(String sku) {
        return loader.price(sku);
    }
}
