package com.acme.flow.dao;

public record TaskDefinition(long code, String name, int timeoutMinutes) {
}
