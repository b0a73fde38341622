package com.acme.tenants;

import java.util.concurrent.locks.ReentrantLock;
import org.springframework.stereotype.Service;

@Service
public class TenantService {
    private final ReentrantLock createLock = new ReentrantLock();
    private final TenantMapper tenantMapper;

    public TenantService(TenantMapper tenantMapper) {
        this.tenantMapper = tenantMapper;
    }

    public void createTenantIfAbsent(String code, String queue) {
        createLock.lock();
        try {
            if (tenantMapper.queryByTenantCode(code) != null) {
                return;
            }
            tenantMapper.insert(new TenantRecord(code, queue));
        } finally {
            createLock.unlock();
        }
    }
}
