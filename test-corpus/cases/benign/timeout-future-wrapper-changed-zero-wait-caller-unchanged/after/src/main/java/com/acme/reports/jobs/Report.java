package com.acme.reports.jobs;

public record Report(String id, byte[] content) {
}
