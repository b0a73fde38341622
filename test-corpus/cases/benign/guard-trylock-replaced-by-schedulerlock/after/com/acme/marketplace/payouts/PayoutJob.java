package com.acme.marketplace.payouts;

import com.stripe.exception.StripeException;
import com.stripe.model.Transfer;
import com.stripe.param.TransferCreateParams;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

@Component
public class PayoutJob {
    private final SellerBalanceRepository balances;

    public PayoutJob(SellerBalanceRepository balances) {
        this.balances = balances;
    }

    @Scheduled(cron = "0 0 2 * * *")
    @SchedulerLock(name = "payout-job", lockAtMostFor = "PT2H")
    public void payOut() throws StripeException {
        for (SellerBalance balance : balances.findByPendingCentsGreaterThan(0)) {
            Transfer.create(TransferCreateParams.builder()
                    .setAmount(balance.getPendingCents())
                    .setCurrency("eur")
                    .setDestination(balance.getStripeAccountId())
                    .build());
            balance.paidOut();
            balances.save(balance);
        }
    }
}
