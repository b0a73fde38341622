package com.acme.reports;

import org.quartz.CronScheduleBuilder;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.springframework.stereotype.Service;

@Service
public class ReportScheduling {
    private final Scheduler scheduler;

    public ReportScheduling(Scheduler scheduler) {
        this.scheduler = scheduler;
    }

    public void scheduleNightly(String tenantId) throws SchedulerException {
        JobDetail job = JobBuilder.newJob(NightlyReportJob.class).withIdentity("nightly-" + tenantId, "reports")
                .usingJobData("tenant", tenantId).build();
        if (scheduler.checkExists(job.getKey())) {
            return;
        }
        Trigger trigger = TriggerBuilder.newTrigger().withSchedule(CronScheduleBuilder.cronSchedule("0 0 2 * * ?"))
                .build();
        scheduler.scheduleJob(job, trigger);
    }
}
