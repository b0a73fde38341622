package com.acme.tenants;

public record Account(String id, String email) {
}
