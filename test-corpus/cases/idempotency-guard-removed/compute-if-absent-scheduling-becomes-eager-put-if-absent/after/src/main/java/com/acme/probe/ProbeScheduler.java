package com.acme.probe;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Service;

@Service
public class ProbeScheduler {
    private final TaskScheduler scheduler;
    private final Map<String, ScheduledFuture<?>> probes = new ConcurrentHashMap<>();

    public ProbeScheduler(TaskScheduler scheduler) {
        this.scheduler = scheduler;
    }

    public void watch(Target target) {
        probes.putIfAbsent(target.key(),
                scheduler.scheduleWithFixedDelay(() -> probe(target), Duration.ofSeconds(5))); // expect: idempotency-guard-removed
    }

    void probe(Target target) {
    }
}
