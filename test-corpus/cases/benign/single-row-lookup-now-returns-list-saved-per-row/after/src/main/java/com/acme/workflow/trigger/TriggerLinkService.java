package com.acme.workflow.trigger;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

@Service
public class TriggerLinkService {
    private static final Logger log = LoggerFactory.getLogger(TriggerLinkService.class);
    private static final int WORKFLOW = 1;
    private static final int COMMAND = 2;

    private final TriggerMapper triggerMapper;

    public TriggerLinkService(TriggerMapper triggerMapper) {
        this.triggerMapper = triggerMapper;
    }

    public int linkCommand(int commandId, int workflowInstanceId) {
        List<TriggerLink> existing = triggerMapper.selectByTypeAndJob(WORKFLOW, workflowInstanceId);
        if (existing.isEmpty()) {
            return 0;
        }
        existing.forEach(link -> triggerMapper.upsert(COMMAND, link.getTriggerCode(), commandId));
        if (existing.size() > 1) {
            log.error("workflow instance {} has {} trigger links", workflowInstanceId, existing.size());
        }
        return existing.size();
    }
}
