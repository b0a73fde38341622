package com.acme.jobs;

public interface StorageClient {
    void mount(String jobId);
}
