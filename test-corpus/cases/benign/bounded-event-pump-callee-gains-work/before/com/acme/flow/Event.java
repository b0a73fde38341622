package com.acme.flow;

public record Event(long workflowId, String type) {
}
