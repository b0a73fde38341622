package com.acme.payments.fx;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

@Component
public class AmountNormalizer {
    private final Cache<String, CurrencyInfo> currencies = Caffeine.newBuilder().maximumSize(500).build();

    /** Rounds the amounts of a single-currency batch to the currency's minor units. */
    public List<BigDecimal> normalize(String currency, List<Payment> batch) {
        CurrencyInfo info = currencies.get(currency, CurrencyInfo::of);
        List<BigDecimal> amounts = new ArrayList<>(batch.size());
        for (Payment payment : batch) {
            amounts.add(payment.amount().setScale(info.minorUnits(), RoundingMode.HALF_EVEN));
        }
        return amounts;
    }
}
