package com.acme.wallet;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;

@Service
public class TopUpService {
    private final AccountRepository accounts;

    public TopUpService(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Transactional
    public BigDecimal topUp(String accountId, BigDecimal amount) {
        Account account = accounts.findById(accountId).orElseThrow();
        account.credit(amount);
        try {
            accounts.saveAndFlush(account);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new ConcurrentTopUpException(accountId, e);
        }
        return account.getBalance();
    }
}
