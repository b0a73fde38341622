package com.acme.dispatch;

import static com.acme.dispatch.InstanceStatus.CANCELED;
import static com.acme.dispatch.InstanceStatus.WAITING_DISPATCH;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.web.client.RestTemplate;

@Service
public class DispatchService {
    private static final Logger log = LoggerFactory.getLogger(DispatchService.class);

    private final JobInstanceRepository instances;
    private final RestTemplate workers;

    public DispatchService(JobInstanceRepository instances, RestTemplate workers) {
        this.instances = instances;
        this.workers = workers;
    }

    public void dispatch(long instanceId, String workerUrl) {
        JobInstance instance = instances.findByInstanceId(instanceId);
        if (CANCELED.getCode() == instance.getStatus()) {
            log.info("instance {} cancelled", instanceId);
            return;
        }
        if (instance.getStatus() != WAITING_DISPATCH.getCode()) {
            log.info("instance {} already dispatched", instanceId);
            return;
        }
        workers.postForObject(workerUrl + "/run", instance.getParams(), Void.class);
    }
}
