package com.acme.tenants;

public record TenantRecord(String code, String queue) {
}
