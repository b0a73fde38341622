package com.acme.routes;

import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.stereotype.Component;

@Component
public class RouteRegistrar implements ApplicationListener<ContextRefreshedEvent> {
    private final RouteRegistry registry;
    private final AtomicBoolean registered = new AtomicBoolean(false);

    public RouteRegistrar(RouteRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void onApplicationEvent(ContextRefreshedEvent event) {
        if (!markRegistered()) {
            return;
        }
        for (String name : event.getApplicationContext().getBeanNamesForAnnotation(Route.class)) {
            registry.registerRoute(name);
        }
    }

    private boolean markRegistered() {
        return registered.compareAndSet(false, true);
    }
}
