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
        probes.computeIfAbsent(target.key(), k -> schedule(target));
    }

    private ScheduledFuture<?> schedule(Target target) {
        return scheduler.scheduleWithFixedDelay(() -> probe(target), Duration.ofSeconds(10));
    }

    void probe(Target target) {
    }
}
