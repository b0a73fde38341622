package com.acme.iot.devices;

import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryRegistry;
import java.util.List;

public class FirmwareRollout {
    private final DeviceGateway gateway;
    private final Retry deviceRetry;

    public FirmwareRollout(DeviceGateway gateway, RetryRegistry registry) {
        this.gateway = gateway;
        this.deviceRetry = registry.retry("device");
    }

    public void notifyDevices(List<String> deviceIds, String version) {
        deviceIds.stream()
                .filter(id -> !id.isBlank())
                .forEach(id -> deviceRetry.executeRunnable(() -> gateway.pushFirmwareNotice(id, version))); // expect: retry-amplification
    }
}
