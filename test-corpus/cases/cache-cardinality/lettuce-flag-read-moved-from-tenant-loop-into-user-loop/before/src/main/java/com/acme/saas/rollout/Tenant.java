package com.acme.saas.rollout;

import java.util.List;

public record Tenant(String id, String plan, List<TenantUser> users) {
}
