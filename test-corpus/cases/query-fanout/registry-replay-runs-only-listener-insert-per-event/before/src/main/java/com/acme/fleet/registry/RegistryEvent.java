package com.acme.fleet.registry;

public record RegistryEvent(String path, boolean removed) {
}
