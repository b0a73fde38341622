package com.acme.tenancy;

public record Command(String tenant, String actor, String action) {
}
