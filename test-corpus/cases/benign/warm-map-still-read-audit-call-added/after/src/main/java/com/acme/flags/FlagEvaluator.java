package com.acme.flags;

import java.util.List;
import org.springframework.stereotype.Service;

@Service
public class FlagEvaluator {
    private final FlagRegistry registry;
    private final FlagStoreClient store;

    public FlagEvaluator(FlagRegistry registry, FlagStoreClient store) {
        this.registry = registry;
        this.store = store;
    }

    public List<String> enabledFor(List<String> tenants, String flag) {
        FlagSet audit = store.fetchFlags("audit");
        if (audit != null && audit.enabled().contains(flag)) {
            return List.of();
        }
        return tenants.stream()
                .map(registry::get)
                .filter(set -> set != null && set.enabled().contains(flag))
                .map(FlagSet::tenant)
                .toList();
    }
}
