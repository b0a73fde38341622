package com.acme.saas.rollout;

public record RolloutRow(String tenantId, String userId, String flag, boolean enabled) {
}
