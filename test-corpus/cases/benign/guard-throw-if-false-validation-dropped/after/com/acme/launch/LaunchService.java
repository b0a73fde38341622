package com.acme.launch;

import org.springframework.stereotype.Service;

@Service
public class LaunchService {
    private final ClusterClient cluster;

    public LaunchService(ClusterClient cluster) {
        this.cluster = cluster;
    }

    public String launch(App app) {
        Errors.throwIfTrue(checkRunningDuplicate(app.name()), "a job named " + app.name() + " is already running");
        return cluster.submit(app.name(), app.artifact());
    }
}
