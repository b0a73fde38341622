package com.acme.export;

public class ExportJob {
    private final String id;
    private int attempts;

    public ExportJob(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public int attempts() {
        return attempts;
    }

    public void countAttempt() {
        attempts++;
    }
}
