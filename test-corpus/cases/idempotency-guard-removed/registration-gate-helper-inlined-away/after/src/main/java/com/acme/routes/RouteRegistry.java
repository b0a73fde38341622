package com.acme.routes;

public interface RouteRegistry {
    void registerRoute(String path);
}
