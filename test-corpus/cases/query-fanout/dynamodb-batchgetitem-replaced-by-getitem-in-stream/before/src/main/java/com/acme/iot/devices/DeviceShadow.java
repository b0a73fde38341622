package com.acme.iot.devices;

public record DeviceShadow(String deviceId, String firmware, String reportedState) {
}
