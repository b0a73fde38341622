package com.acme.billing.fx;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.springframework.stereotype.Service;

@Service
public class EuroConverter {
    private final FxRateProvider fxRateProvider;

    public EuroConverter(FxRateProvider fxRateProvider) {
        this.fxRateProvider = fxRateProvider;
    }

    public List<Amount> toEuro(String currency, List<Amount> amounts) {
        BigDecimal eurRate = fxRateProvider.rate(currency, "EUR");
        return amounts.stream()
                .map(a -> new Amount(a.invoiceNumber(), a.value().multiply(eurRate).setScale(2, RoundingMode.HALF_EVEN)))
                .toList();
    }
}
