package com.acme.scheduler.process;

public record ProcessSchedule(long processCode, String cron) {
}
