package com.acme.scheduler;

public record Project(long code, int ownerId) {
}
