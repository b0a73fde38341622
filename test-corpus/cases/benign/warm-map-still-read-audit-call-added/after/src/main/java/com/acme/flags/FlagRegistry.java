package com.acme.flags;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

@Component
public class FlagRegistry {
    private final Map<String, FlagSet> byTenant = new ConcurrentHashMap<>();
    private final FlagStoreClient store;

    public FlagRegistry(FlagStoreClient store) {
        this.store = store;
    }

    public FlagSet get(String tenant) {
        return byTenant.get(tenant);
    }

    public void onFlagsChanged(String tenant) {
        byTenant.put(tenant, store.fetchFlags(tenant));
    }
}
