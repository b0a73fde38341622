package com.acme.billing.fx;

import java.math.BigDecimal;
import org.redisson.api.RBucket;
import org.redisson.api.RedissonClient;
import org.springframework.stereotype.Component;

/** Cached FX rates, shared by invoicing and refunds. */
@Component
public class FxRateProvider {
    private final RedissonClient redisson;
    private final FxRateRepository fxRateRepository;

    public FxRateProvider(RedissonClient redisson, FxRateRepository fxRateRepository) {
        this.redisson = redisson;
        this.fxRateRepository = fxRateRepository;
    }

    public BigDecimal rate(String from, String to) {
        String pair = from + to;
        RBucket<BigDecimal> bucket = redisson.getBucket("fx:" + pair);
        BigDecimal rate = bucket.get();
        if (rate == null) {
            rate = fxRateRepository.findByPair(pair).map(FxRate::getRate).orElseThrow();
        }
        return rate;
    }
}
