package com.acme.jobs;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Job {
    @Id
    private Long id;
    private JobState state;
    private int attempt;

    public Long getId() {
        return id;
    }

    public JobState getState() {
        return state;
    }

    public void setState(JobState state) {
        this.state = state;
    }

    public int getAttempt() {
        return attempt;
    }
}
