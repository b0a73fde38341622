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
        return sumLines(skus);
    }

    private BigDecimal sumLines(List<String> skus) {
        return skus.stream().map(priceBook::listPrice).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

}
