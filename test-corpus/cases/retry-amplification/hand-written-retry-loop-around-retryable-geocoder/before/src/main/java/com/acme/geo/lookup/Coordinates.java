package com.acme.geo.lookup;

public record Coordinates(double latitude, double longitude) {
}
