package com.acme.audit;

public record Operator(String id, String name) {
}
