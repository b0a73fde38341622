package com.acme.ledger.sync;

import com.github.rholder.retry.Retryer;
import com.github.rholder.retry.RetryerBuilder;
import com.github.rholder.retry.StopStrategies;
import com.github.rholder.retry.WaitStrategies;
import java.util.List;
import java.util.concurrent.TimeUnit;

public class LedgerSync {
    private final LedgerGateway gateway;
    private final Retryer<Boolean> retryer = RetryerBuilder.<Boolean>newBuilder()
            .retryIfException()
            .withStopStrategy(StopStrategies.stopAfterAttempt(3))
            .withWaitStrategy(WaitStrategies.fixedWait(500, TimeUnit.MILLISECONDS))
            .build();

    public LedgerSync(LedgerGateway gateway) {
        this.gateway = gateway;
    }

    public void upload(List<LedgerEntry> entries) throws Exception {
        for (LedgerEntry entry : entries) {
            retryer.call(() -> { // expect: retry-amplification
                gateway.postOne(entry); // expect: query-fanout
                return true;
            });
        }
    }
}
