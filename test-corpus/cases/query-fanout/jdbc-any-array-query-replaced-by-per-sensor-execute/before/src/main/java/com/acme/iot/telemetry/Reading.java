package com.acme.iot.telemetry;

import java.time.Instant;

public record Reading(long sensorId, double value, Instant recordedAt) {
}
