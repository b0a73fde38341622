package com.acme.reports;

public record ExportStatus(String id, String state, String downloadUrl) {
}
