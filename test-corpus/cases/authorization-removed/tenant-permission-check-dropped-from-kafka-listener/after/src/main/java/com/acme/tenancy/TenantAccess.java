package com.acme.tenancy;

public interface TenantAccess {
    boolean hasTenantPermission(String tenant, String actor);
}
