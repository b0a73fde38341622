package com.acme.jobs.queue;

import java.util.List;
import org.springframework.web.client.RestTemplate;

public class TaskWakeupClient {
    private final RestTemplate restTemplate;

    public TaskWakeupClient(RestTemplate restTemplate) {
        this.restTemplate = restTemplate;
    }

    public void wakeup(long taskId) {
        restTemplate.postForObject("http://master/tasks/{id}/wakeup", null, Void.class, taskId);
    }

    public void wakeupAll(List<Long> taskIds) {
        restTemplate.postForObject("http://master/tasks/wakeup", taskIds, Void.class);
    }
}
