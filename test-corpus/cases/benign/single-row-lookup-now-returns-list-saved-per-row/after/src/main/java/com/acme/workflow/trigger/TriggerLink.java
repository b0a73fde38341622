package com.acme.workflow.trigger;

public class TriggerLink {
    private final int type;
    private final long triggerCode;
    private final int jobId;

    public TriggerLink(int type, long triggerCode, int jobId) {
        this.type = type;
        this.triggerCode = triggerCode;
        this.jobId = jobId;
    }

    public long getTriggerCode() {
        return triggerCode;
    }
}
