package com.acme.tenancy;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

@Component
public class CommandListener {
    private final TenantAccess tenantAccess;
    private final Dispatcher dispatcher;

    public CommandListener(TenantAccess tenantAccess, Dispatcher dispatcher) {
        this.tenantAccess = tenantAccess;
        this.dispatcher = dispatcher;
    }

    @KafkaListener(topics = "tenant-commands")
    public void onCommand(Command command) {
        dispatcher.dispatch(command); // expect: authorization-removed
    }

}
