package com.acme.launch;

import java.util.List;

public interface ClusterClient {
    List<String> runningJobNames();

    boolean checkRunningDuplicate(String jobName);

    String submit(String jobName, String artifact);
}
