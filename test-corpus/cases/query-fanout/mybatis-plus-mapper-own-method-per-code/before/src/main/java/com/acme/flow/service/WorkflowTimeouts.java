package com.acme.flow.service;

import com.acme.flow.dao.TaskDefinition;
import com.acme.flow.dao.TaskDefinitionMapper;
import org.springframework.stereotype.Service;

import java.util.List;
import java.util.stream.Collectors;

@Service
public class WorkflowTimeouts {
    private final TaskDefinitionMapper taskDefinitionMapper;

    public WorkflowTimeouts(TaskDefinitionMapper taskDefinitionMapper) {
        this.taskDefinitionMapper = taskDefinitionMapper;
    }

    public int totalTimeoutMinutes(List<Long> taskCodes) {
        return taskDefinitionMapper.queryByCodes(taskCodes).stream().mapToInt(TaskDefinition::timeoutMinutes).sum();
    }
}
