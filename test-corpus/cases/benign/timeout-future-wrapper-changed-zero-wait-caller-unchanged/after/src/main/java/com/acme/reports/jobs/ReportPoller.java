package com.acme.reports.jobs;

import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

public class ReportPoller {

    public Optional<Report> readyReport(JobHandle job) {
        Callable<Report> probe = () -> job.get(0, TimeUnit.MILLISECONDS);
        try {
            return Optional.ofNullable(probe.call());
        } catch (Exception notReadyYet) {
            return Optional.empty();
        }
    }
}
