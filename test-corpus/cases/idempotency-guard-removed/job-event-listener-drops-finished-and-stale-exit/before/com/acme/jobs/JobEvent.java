package com.acme.jobs;

public record JobEvent(long jobId, int attempt, String state) {
}
