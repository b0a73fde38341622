package com.acme.billing.fx;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.redisson.api.RBucket;
import org.redisson.api.RedissonClient;
import org.springframework.stereotype.Service;

@Service
public class EuroConverter {
    private final RedissonClient redisson;
    private final FxRateRepository fxRateRepository;

    public EuroConverter(RedissonClient redisson, FxRateRepository fxRateRepository) {
        this.redisson = redisson;
        this.fxRateRepository = fxRateRepository;
    }

    public List<Amount> toEuro(String currency, List<Amount> amounts) {
        String pair = currency + "EUR";
        RBucket<BigDecimal> bucket = redisson.getBucket("fx:" + pair);
        BigDecimal rate = bucket.get();
        if (rate == null) {
            rate = fxRateRepository.findByPair(pair).map(FxRate::getRate).orElseThrow();
        }
        BigDecimal eurRate = rate;
        return amounts.stream()
                .map(a -> new Amount(a.invoiceNumber(), a.value().multiply(eurRate).setScale(2, RoundingMode.HALF_EVEN)))
                .toList();
    }
}
