package com.acme.gateway;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

public class GatewayClient {
    private final ScheduledExecutorService reconnectExecutor = Executors.newSingleThreadScheduledExecutor();
    private final long reconnectDelayMs;
    private ScheduledFuture<?> reconnectTask;
    private volatile boolean connected;

    public GatewayClient(long reconnectDelayMs) {
        this.reconnectDelayMs = reconnectDelayMs;
    }

    public void onDisconnected() {
        connected = false;
        scheduleReconnect();
    }

    void scheduleReconnect() {
        reconnectTask = reconnectExecutor.scheduleWithFixedDelay(this::tryConnect, reconnectDelayMs, // expect: idempotency-guard-removed
                reconnectDelayMs, TimeUnit.MILLISECONDS);
    }

    private void tryConnect() {
        if (!connected) {
            connected = true;
        }
    }
}
