package com.acme.travel.fares;

public record Passenger(String name, String fareClass, boolean child) {
}
