package com.acme.flow;

import java.util.List;

public interface WorkflowStore {
    List<String> nextSteps(long workflowId);

    void markStarted(long workflowId, List<String> steps);
}
