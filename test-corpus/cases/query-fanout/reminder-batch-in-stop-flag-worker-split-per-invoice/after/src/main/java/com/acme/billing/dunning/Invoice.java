package com.acme.billing.dunning;

public record Invoice(long id, String customerEmail) {
}
