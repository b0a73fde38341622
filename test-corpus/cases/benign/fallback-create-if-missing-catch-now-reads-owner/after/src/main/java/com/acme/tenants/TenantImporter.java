package com.acme.tenants;

import org.springframework.stereotype.Service;

@Service
public class TenantImporter {
    private final TenantService tenants;

    public TenantImporter(TenantService tenants) {
        this.tenants = tenants;
    }

    public void importTenant(Tenant tenant) {
        try {
            tenants.load(tenant.id());
        } catch (NotFoundException e) {
            tenants.create(tenant);
        }
    }

}
