package com.acme.fleet.registry;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

@Component
public class MembershipLogListener implements RegistryListener {
    private static final Logger log = LoggerFactory.getLogger(MembershipLogListener.class);

    @Override
    public void onEvent(RegistryEvent event) {
        log.info("membership changed at {} (removed: {})", event.path(), event.removed());
    }
}
