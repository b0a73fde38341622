package com.acme.marketplace.payouts;

import com.stripe.exception.StripeException;
import com.stripe.model.Transfer;
import com.stripe.param.TransferCreateParams;
import org.redisson.api.RLock;
import org.redisson.api.RedissonClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.util.concurrent.TimeUnit;

@Component
public class PayoutJob {
    private final RedissonClient redisson;
    private final SellerBalanceRepository balances;

    public PayoutJob(RedissonClient redisson, SellerBalanceRepository balances) {
        this.redisson = redisson;
        this.balances = balances;
    }

    @Scheduled(cron = "0 0 2 * * *")
    public void payOut() throws StripeException {
        RLock lock = redisson.getLock("payout-job");
        if (!lock.tryLock(0, 2, TimeUnit.HOURS)) {
            return;
        }
        try {
            for (SellerBalance balance : balances.findByPendingCentsGreaterThan(0)) {
                Transfer.create(TransferCreateParams.builder()
                        .setAmount(balance.getPendingCents())
                        .setCurrency("eur")
                        .setDestination(balance.getStripeAccountId())
                        .build());
                balance.paidOut();
                balances.save(balance);
            }
        } finally {
            lock.unlock();
        }
    }
}
