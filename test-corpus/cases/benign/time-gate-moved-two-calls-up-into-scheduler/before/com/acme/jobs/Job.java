package com.acme.jobs;

public interface Job {
    String id();

    void start();
}
