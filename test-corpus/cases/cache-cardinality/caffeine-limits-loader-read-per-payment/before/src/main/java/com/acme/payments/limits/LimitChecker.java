package com.acme.payments.limits;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;

@Service
public class LimitChecker {
    private final MerchantLimitsRepository merchantLimitsRepository;
    private final Cache<String, MerchantLimits> limitsCache = Caffeine.newBuilder()
            .maximumSize(10_000)
            .expireAfterWrite(Duration.ofMinutes(5))
            .build();

    public LimitChecker(MerchantLimitsRepository merchantLimitsRepository) {
        this.merchantLimitsRepository = merchantLimitsRepository;
    }

    public List<String> check(String merchantId, List<Payment> batch) {
        MerchantLimits limits = limitsCache.get(merchantId, merchantLimitsRepository::findByMerchantId);
        List<String> rejected = new ArrayList<>();
        for (Payment payment : batch) {
            if (payment.amount().compareTo(limits.getSinglePaymentMax()) > 0) {
                rejected.add(payment.id());
            }
        }
        return rejected;
    }
}
