package com.acme.jobs;

public enum JobStatus { QUEUED, RUNNING, COMPLETED, FAILED }
