package com.acme.launch;

import org.springframework.stereotype.Service;

@Service
public class LaunchService {
    private final ClusterClient cluster;

    public LaunchService(ClusterClient cluster) {
        this.cluster = cluster;
    }

    public String launch(App app) {
        Errors.throwIfFalse(cluster.checkArtifactExists(app.artifact()), "unknown artifact " + app.artifact());
        return cluster.submit(app.name(), app.artifact());
    }
}
