package com.acme.scheduler.process;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class ProcessScheduleService {
    private final ProcessScheduleMapper processScheduleMapper;

    public ProcessScheduleService(ProcessScheduleMapper processScheduleMapper) {
        this.processScheduleMapper = processScheduleMapper;
    }

    @Transactional
    public void createProcessSchedule(long processCode, String cron) {
        if (processScheduleMapper.countByProcessCode(processCode) > 0) {
            throw new IllegalStateException("schedule already exists for " + processCode);
        }
        ProcessSchedule schedule = new ProcessSchedule(processCode, cron);
        processScheduleMapper.insert(schedule);
    }
}
