package com.acme.jobs;

public class ExportJob {
    private final long id;
    private JobStatus status;

    public ExportJob(long id, JobStatus status) {
        this.id = id;
        this.status = status;
    }

    public long getId() {
        return id;
    }

    public boolean isRunning() {
        return status == JobStatus.RUNNING;
    }

    public JobStatus getStatus() {
        return status;
    }
}
