package com.acme.saas.rollout;

import io.lettuce.core.api.sync.RedisCommands;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** Builds the "who sees which flag" report for the rollout dashboard. */
@Component
public class RolloutReport {
    private static final String FLAGS_PREFIX = "flags:";

    private final RedisCommands<String, String> commands;

    public RolloutReport(RedisCommands<String, String> commands) {
        this.commands = commands;
    }

    public List<RolloutRow> build(List<Tenant> tenants, String flag) {
        List<RolloutRow> rows = new ArrayList<>();
        for (Tenant tenant : tenants) {
            for (TenantUser user : tenant.users()) {
                // per-user overrides live in the tenant hash under "<flag>:<userId>"
                String state = commands.hget(FLAGS_PREFIX + tenant.id(), flag + ":" + user.id()); // expect: cache-cardinality
                rows.add(new RolloutRow(tenant.id(), user.id(), flag, "on".equals(state)));
            }
        }
        return rows;
    }
}
