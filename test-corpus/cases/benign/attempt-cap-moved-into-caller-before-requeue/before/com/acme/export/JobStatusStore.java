package com.acme.export;

public interface JobStatusStore {
    void markFailed(String jobId, String reason);
}
