package com.acme.plans;

public record Plan(String customerId, String tier, int seats) {
}
