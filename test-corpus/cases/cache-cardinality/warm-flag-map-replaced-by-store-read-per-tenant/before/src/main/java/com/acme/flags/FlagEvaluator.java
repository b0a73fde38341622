package com.acme.flags;

import java.util.List;
import org.springframework.stereotype.Service;

@Service
public class FlagEvaluator {
    private final FlagRegistry registry;

    public FlagEvaluator(FlagRegistry registry) {
        this.registry = registry;
    }

    public List<String> enabledFor(List<String> tenants, String flag) {
        return tenants.stream()
                .map(registry::get)
                .filter(set -> set != null && set.enabled().contains(flag))
                .map(FlagSet::tenant)
                .toList();
    }
}
