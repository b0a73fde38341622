package com.acme.flags;

import java.util.List;
import org.springframework.stereotype.Service;

@Service
public class FlagEvaluator {
    private final FlagStoreClient store;

    public FlagEvaluator(FlagStoreClient store) {
        this.store = store;
    }

    public List<String> enabledFor(List<String> tenants, String flag) {
        return tenants.stream()
                .map(tenant -> store.fetchFlags(tenant)) // expect: cache-cardinality
                .filter(set -> set != null && set.enabled().contains(flag))
                .map(FlagSet::tenant)
                .toList();
    }
}
