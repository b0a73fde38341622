package com.acme.jobs.schedule;

public class JobInfo {
    private long id;
    private long nextTriggerTime;

    public long getId() {
        return id;
    }

    public long getNextTriggerTime() {
        return nextTriggerTime;
    }

    public void setNextTriggerTime(long nextTriggerTime) {
        this.nextTriggerTime = nextTriggerTime;
    }
}
