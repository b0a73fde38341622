package com.acme.reports;

import org.quartz.Job;
import org.quartz.JobExecutionContext;

public class NightlyReportJob implements Job {
    @Override
    public void execute(JobExecutionContext context) {
        System.out.println("report for " + context.getMergedJobDataMap().getString("tenant"));
    }
}
