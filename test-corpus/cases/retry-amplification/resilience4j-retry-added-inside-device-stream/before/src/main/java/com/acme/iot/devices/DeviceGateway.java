package com.acme.iot.devices;

public interface DeviceGateway {
    void pushFirmwareNotice(String deviceId, String version);
}
