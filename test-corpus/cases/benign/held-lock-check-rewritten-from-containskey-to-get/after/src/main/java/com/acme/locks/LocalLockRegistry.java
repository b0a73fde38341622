package com.acme.locks;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;

@Service
public class LocalLockRegistry {
    private static final String OWNER = java.util.UUID.randomUUID().toString();

    private final Map<String, LockRow> held = new ConcurrentHashMap<>();
    private final LockMapper lockMapper;

    public LocalLockRegistry(LockMapper lockMapper) {
        this.lockMapper = lockMapper;
    }

    public boolean acquire(String lockKey) {
        LockRow current = held.get(lockKey);
        if (current != null && OWNER.equals(current.owner())) {
            return true;
        }
        LockRow row = new LockRow(lockKey, OWNER, System.currentTimeMillis());
        lockMapper.insert(row);
        held.put(lockKey, row);
        return true;
    }
}
