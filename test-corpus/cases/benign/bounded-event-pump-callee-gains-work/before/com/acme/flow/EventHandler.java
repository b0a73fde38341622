package com.acme.flow;

import java.util.List;

public class EventHandler {
    private final WorkflowStore store;

    public EventHandler(WorkflowStore store) {
        this.store = store;
    }

    public void handle(Event event) {
        List<String> next = store.nextSteps(event.workflowId());
        store.markStarted(event.workflowId(), next);
    }
}
