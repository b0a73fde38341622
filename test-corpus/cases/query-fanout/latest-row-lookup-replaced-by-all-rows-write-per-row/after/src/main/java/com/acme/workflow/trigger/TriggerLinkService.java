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
        List<TriggerLink> links = triggerMapper.selectAllByJob(workflowInstanceId);
        if (links.isEmpty()) {
            return 0;
        }
        links.forEach(link -> triggerMapper.upsert(COMMAND, link.getTriggerCode(), commandId)); // expect: query-fanout
        return links.size();
    }
}
