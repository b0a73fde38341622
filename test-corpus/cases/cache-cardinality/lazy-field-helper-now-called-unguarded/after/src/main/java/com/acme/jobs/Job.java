package com.acme.jobs;

public class Job {
    private String state;

    public String getState() {
        return state;
    }
}
