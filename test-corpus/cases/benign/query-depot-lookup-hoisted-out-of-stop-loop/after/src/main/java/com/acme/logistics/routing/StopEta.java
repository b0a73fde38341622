package com.acme.logistics.routing;

import java.time.LocalTime;

public record StopEta(String stopId, LocalTime eta) {
}
