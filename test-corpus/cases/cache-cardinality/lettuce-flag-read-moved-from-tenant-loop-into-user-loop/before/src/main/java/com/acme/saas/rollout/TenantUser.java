package com.acme.saas.rollout;

public record TenantUser(String id, String email) {
}
