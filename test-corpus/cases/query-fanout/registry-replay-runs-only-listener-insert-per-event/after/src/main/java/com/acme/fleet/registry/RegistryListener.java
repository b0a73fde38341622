package com.acme.fleet.registry;

public interface RegistryListener {
    void onEvent(RegistryEvent event);
}
