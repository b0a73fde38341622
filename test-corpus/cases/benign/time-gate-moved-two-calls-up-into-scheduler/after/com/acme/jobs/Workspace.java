package com.acme.jobs;

public class Workspace {
    private final LockRegistry locks;
    private final StorageClient storage;

    public Workspace(LockRegistry locks, StorageClient storage) {
        this.locks = locks;
        this.storage = storage;
    }

    public void open(String jobId) {
        if (!locks.lock(jobId)) {
            throw new IllegalStateException("workspace of " + jobId + " is locked");
        }
        storage.mount(jobId);
    }
}
