package com.acme.jobs;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

@Component
public class ExportSweeper {
    private final JobMapper jobMapper;

    public ExportSweeper(JobMapper jobMapper) {
        this.jobMapper = jobMapper;
    }

    @Scheduled(fixedDelay = 30_000)
    public void sweep() {
        for (ExportJob job : jobMapper.selectUnfinished()) {
            jobMapper.markRunning(job.getId()); // expect: idempotency-guard-removed
        }
    }
}
