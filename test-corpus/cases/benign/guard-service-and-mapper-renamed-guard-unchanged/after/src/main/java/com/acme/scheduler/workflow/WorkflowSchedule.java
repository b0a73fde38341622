package com.acme.scheduler.workflow;

public record WorkflowSchedule(long workflowCode, String cron) {
}
