package com.acme.fleet.registry;

import java.util.List;

public interface RegistryStore {
    List<RegistryEvent> recorded(String path);
}
