package com.acme.scheduler.workflow;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface WorkflowScheduleMapper {
    int countByWorkflowCode(@Param("workflowCode") long workflowCode);

    int insert(WorkflowSchedule schedule);
}
