package com.acme.registry;

import java.util.List;

public interface RegistryClient {
    List<String> fetchAll();
}
