package com.acme.pricing;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.stereotype.Service;

@Service
public class QuoteService {
    private final PriceBook priceBook;

    public QuoteService(PriceBook priceBook) {
        this.priceBook = priceBook;
    }

    public BigDecimal quote(List<String> skus) {
        BigDecimal total = BigDecimal.ZERO;
        for (String sku : skus) {
            total = total.add(priceBook.listPrice(sku));
        }
        return total;
    }

}
