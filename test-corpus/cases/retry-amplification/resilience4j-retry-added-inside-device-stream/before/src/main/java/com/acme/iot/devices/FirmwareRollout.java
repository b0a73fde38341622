package com.acme.iot.devices;

import java.util.List;

public class FirmwareRollout {
    private final DeviceGateway gateway;

    public FirmwareRollout(DeviceGateway gateway) {
        this.gateway = gateway;
    }

    public void notifyDevices(List<String> deviceIds, String version) {
        deviceIds.stream()
                .filter(id -> !id.isBlank())
                .forEach(id -> gateway.pushFirmwareNotice(id, version));
    }
}
