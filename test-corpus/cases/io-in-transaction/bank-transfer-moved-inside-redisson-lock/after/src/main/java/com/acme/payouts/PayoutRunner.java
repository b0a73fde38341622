package com.acme.payouts;

import java.util.concurrent.TimeUnit;
import org.redisson.api.RLock;
import org.redisson.api.RedissonClient;
import org.springframework.stereotype.Service;
import org.springframework.web.client.RestTemplate;

@Service
public class PayoutRunner {
    private final RedissonClient redisson;
    private final RestTemplate bank;

    public PayoutRunner(RedissonClient redisson, RestTemplate bank) {
        this.redisson = redisson;
        this.bank = bank;
    }

    public void pay(String merchant, long cents) throws InterruptedException {
        RLock lock = redisson.getLock("payout:" + merchant);
        if (!lock.tryLock(5, 30, TimeUnit.SECONDS)) {
            return;
        }
        try {
            markInProgress(merchant);
            bank.postForObject("https://bank.example/transfers", cents, String.class); // expect: io-in-transaction
        } finally {
            lock.unlock();
        }
    }

    private void markInProgress(String merchant) {
    }

}
