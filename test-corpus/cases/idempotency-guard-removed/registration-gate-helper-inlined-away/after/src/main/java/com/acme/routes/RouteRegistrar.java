package com.acme.routes;

import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.stereotype.Component;

@Component
public class RouteRegistrar implements ApplicationListener<ContextRefreshedEvent> {
    private final RouteRegistry registry;

    public RouteRegistrar(RouteRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void onApplicationEvent(ContextRefreshedEvent event) {
        for (String name : event.getApplicationContext().getBeanNamesForAnnotation(Route.class)) {
            registry.registerRoute(name); // expect: idempotency-guard-removed
        }
    }
}
