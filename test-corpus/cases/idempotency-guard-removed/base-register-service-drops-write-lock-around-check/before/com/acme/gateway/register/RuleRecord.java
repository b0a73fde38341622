package com.acme.gateway.register;

public record RuleRecord(String selectorId, String name, String handle) {
}
