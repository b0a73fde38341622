package com.acme.loyalty.redemption;

import java.util.Optional;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Service;

@Service
public class RedemptionService {
    private final StringRedisTemplate redisTemplate;
    private final VoucherRepository voucherRepository;

    public RedemptionService(StringRedisTemplate redisTemplate, VoucherRepository voucherRepository) {
        this.redisTemplate = redisTemplate;
        this.voucherRepository = voucherRepository;
    }

    public long redeemPoints(RedemptionRequest request) {
        long balance = currentBalance(request.customerId());
        long bonusPoints = 0;
        for (String voucherCode : request.voucherCodes()) {
            Optional<Voucher> voucher = voucherRepository.findByCodeAndRedeemedFalse(voucherCode);
            bonusPoints += voucher.map(Voucher::getBonusPoints).orElse(0L);
        }
        if (request.points() > balance + bonusPoints) {
            throw new IllegalStateException("insufficient points for " + request.customerId());
        }
        return balance + bonusPoints - request.points();
    }

    private long currentBalance(String customerId) {
        String raw = redisTemplate.opsForValue().get("loyalty:balance:" + customerId);
        return raw == null ? 0L : Long.parseLong(raw);
    }
}
