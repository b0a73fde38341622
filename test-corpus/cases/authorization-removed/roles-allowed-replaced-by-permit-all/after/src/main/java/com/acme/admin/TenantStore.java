package com.acme.admin;

public interface TenantStore {
    void suspend(String tenantId);
}
