package com.acme.tenants;

import org.springframework.stereotype.Service;

@Service
public class TenantService {
    private final TenantMapper tenantMapper;

    public TenantService(TenantMapper tenantMapper) {
        this.tenantMapper = tenantMapper;
    }

    public synchronized void createTenantIfAbsent(String code, String queue) {
        if (tenantMapper.queryByTenantCode(code) != null) {
            return;
        }
        tenantMapper.insert(new TenantRecord(code, queue));
    }
}
