package com.acme.jobs;

public interface LockRegistry {
    boolean canTryLock(String id, long nowMs);

    boolean lock(String id);

    void recordFailure(String id, long nowMs);
}
