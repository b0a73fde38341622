package com.acme.jobs;

public class CopyJob implements Job {
    private final String id;
    private final Workspace workspace;

    public CopyJob(String id, Workspace workspace) {
        this.id = id;
        this.workspace = workspace;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public void start() {
        workspace.open(id);
    }
}
