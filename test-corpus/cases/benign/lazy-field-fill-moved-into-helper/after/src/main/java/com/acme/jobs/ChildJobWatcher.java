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
            loadChildIfAbsent();
        }
        if (child == null) {
            return "WAITING";
        }
        return child.getState();
    }

    private void loadChildIfAbsent() {
        // the single place that fills the field; callers test it first
        child = jobDao.findChild(parentId);
    }
}
