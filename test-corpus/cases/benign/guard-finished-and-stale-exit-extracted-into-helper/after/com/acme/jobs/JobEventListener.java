package com.acme.jobs;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

@Component
public class JobEventListener {
    private final JobRepository jobs;

    public JobEventListener(JobRepository jobs) {
        this.jobs = jobs;
    }

    @KafkaListener(topics = "jobs.events")
    public void onJobEvent(JobEvent event) {
        Job job = jobs.findById(event.jobId()).orElseThrow();
        if (isStale(job, event)) {
            return;
        }
        job.setState(JobState.RUNNING);
        jobs.save(job);
    }

    private static boolean isStale(Job job, JobEvent event) {
        return job.getState().isFinished() && event.attempt() <= job.getAttempt();
    }
}
