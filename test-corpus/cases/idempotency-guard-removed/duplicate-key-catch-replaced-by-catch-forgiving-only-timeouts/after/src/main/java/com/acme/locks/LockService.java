package com.acme.locks;

import org.springframework.dao.QueryTimeoutException;
import org.springframework.stereotype.Service;

@Service
public class LockService {
    private final LockMapper lockMapper;

    public LockService(LockMapper lockMapper) {
        this.lockMapper = lockMapper;
    }

    /** The lock row, or null when another owner holds the key. */
    public LockRow tryAcquire(String lockKey, String owner) {
        LockRow row = new LockRow(lockKey, owner, System.currentTimeMillis());
        try {
            lockMapper.insert(row); // expect: idempotency-guard-removed
            return row;
        } catch (Exception e) {
            if (e instanceof QueryTimeoutException) {
                return null;
            }
            throw e;
        }
    }
}
