package com.acme.cluster;

public record NodeRow(String nodeKey, long lastHeartbeat) {
}
