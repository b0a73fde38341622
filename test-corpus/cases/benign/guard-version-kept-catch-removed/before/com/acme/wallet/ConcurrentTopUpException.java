package com.acme.wallet;

public class ConcurrentTopUpException extends RuntimeException {
    public ConcurrentTopUpException(String accountId, Throwable cause) {
        super("Concurrent update of account " + accountId, cause);
    }
}
