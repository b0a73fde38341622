package com.acme.gateway.register;

import java.util.concurrent.locks.ReentrantReadWriteLock;

public abstract class AbstractContextPathRegisterService {
    private static final ReentrantReadWriteLock LOCK = new ReentrantReadWriteLock();
    private static final ReentrantReadWriteLock.WriteLock WRITE_LOCK = LOCK.writeLock();

    protected abstract RuleMapper ruleMapper();

    public void registerContextPath(String selectorId, String contextPath) {
        // many client threads may register the same context path at the same time
        try {
            WRITE_LOCK.lock();
            if (ruleMapper().findBySelectorIdAndName(selectorId, contextPath) != null) {
                return;
            }
            ruleMapper().insert(new RuleRecord(selectorId, contextPath, "{\"contextPath\":\"" + contextPath + "\"}"));
        } finally {
            WRITE_LOCK.unlock();
        }
    }
}
