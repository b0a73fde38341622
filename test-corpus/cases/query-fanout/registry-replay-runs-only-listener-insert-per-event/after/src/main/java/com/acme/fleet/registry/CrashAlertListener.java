package com.acme.fleet.registry;

import org.springframework.stereotype.Component;

@Component
public class CrashAlertListener implements RegistryListener {
    private final AlertMapper alertMapper;

    public CrashAlertListener(AlertMapper alertMapper) {
        this.alertMapper = alertMapper;
    }

    @Override
    public void onEvent(RegistryEvent event) {
        if (event.removed()) {
            alertMapper.insertNodeDown(event.path());
        }
    }
}
