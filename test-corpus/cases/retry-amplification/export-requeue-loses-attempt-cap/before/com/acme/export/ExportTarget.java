package com.acme.export;

public interface ExportTarget {
    void write(String jobId);
}
