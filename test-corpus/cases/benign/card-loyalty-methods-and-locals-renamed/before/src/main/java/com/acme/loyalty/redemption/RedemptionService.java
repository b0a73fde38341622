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

    public long applyPoints(RedemptionRequest req) {
        long bal = balanceOf(req.customerId());
        long bonus = 0;
        for (String c : req.voucherCodes()) {
            Optional<Voucher> v = voucherRepository.findByCodeAndRedeemedFalse(c);
            bonus += v.map(Voucher::getBonusPoints).orElse(0L);
        }
        if (req.points() > bal + bonus) {
            throw new IllegalStateException("insufficient points for " + req.customerId());
        }
        return bal + bonus - req.points();
    }

    private long balanceOf(String customerId) {
        String raw = redisTemplate.opsForValue().get("loyalty:balance:" + customerId);
        return raw == null ? 0L : Long.parseLong(raw);
    }
}
