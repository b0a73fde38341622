package com.acme.flow;

import com.google.common.collect.Lists;
import java.util.List;

public class EventHandler {
    private final WorkflowStore store;

    public EventHandler(WorkflowStore store) {
        this.store = store;
    }

    public void handle(Event event) {
        List<String> next = Lists.newArrayList(store.nextSteps(event.workflowId()));
        next.removeIf(String::isBlank);
        store.markStarted(event.workflowId(), next);
    }
}
