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
            loadChild();
        }
        if (child == null) {
            return "WAITING";
        }
        return child.getState();
    }

    private void loadChild() {
        child = jobDao.findChild(parentId);
    }
}
