package com.acme.scheduler.workflow;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class WorkflowScheduleService {
    private final WorkflowScheduleMapper workflowScheduleMapper;

    public WorkflowScheduleService(WorkflowScheduleMapper workflowScheduleMapper) {
        this.workflowScheduleMapper = workflowScheduleMapper;
    }

    @Transactional
    public void createWorkflowSchedule(long workflowCode, String cron) {
        if (workflowScheduleMapper.countByWorkflowCode(workflowCode) > 0) {
            throw new IllegalStateException("schedule already exists for " + workflowCode);
        }
        WorkflowSchedule schedule = new WorkflowSchedule(workflowCode, cron);
        workflowScheduleMapper.insert(schedule);
    }
}
