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

    /** Rounds each amount to its own currency's minor units; batches may now mix currencies. */
    public List<BigDecimal> normalize(String currency, List<Payment> batch) {
        List<BigDecimal> amounts = new ArrayList<>(batch.size());
        for (Payment payment : batch) {
            String code = payment.currency() != null ? payment.currency() : currency;
            CurrencyInfo info = currencies.get(code, CurrencyInfo::of);
            amounts.add(payment.amount().setScale(info.minorUnits(), RoundingMode.HALF_EVEN));
        }
        return amounts;
    }
}
