package com.acme.tenants;

public record Tenant(String id, String owner) {
}
