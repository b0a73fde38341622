package com.acme.jobs.queue;

import org.springframework.web.client.RestTemplate;

public class TaskWakeupClient {
    private final RestTemplate restTemplate;

    public TaskWakeupClient(RestTemplate restTemplate) {
        this.restTemplate = restTemplate;
    }

    public void wakeup(long taskId) {
        restTemplate.postForObject("http://master/tasks/{id}/wakeup", null, Void.class, taskId);
    }
}
