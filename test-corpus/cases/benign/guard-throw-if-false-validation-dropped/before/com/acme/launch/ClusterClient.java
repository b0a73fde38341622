package com.acme.launch;

import java.util.List;

public interface ClusterClient {
    List<String> runningJobNames();

    List<String> artifacts();

    boolean checkArtifactExists(String artifact);

    String submit(String jobName, String artifact);
}
