package com.acme.jobs;

import org.springframework.stereotype.Component;

@Component
public class ChildJobWatcher {
    private final JobDao jobDao;
    private final long parentId;
    private Job child;

    public ChildJobWatcher(JobDao jobDao, long parentId) {
        this.jobDao = jobDao;
        this.parentId = parentId;
    }

    public String status() {
        if (child == null) {
            child = jobDao.findChild(parentId);
        }
        if (child == null) {
            return "WAITING";
        }
        return child.getState();
    }
}
