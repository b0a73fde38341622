package com.acme.hr.timesheets;

public record WeekSummary(long employeeId, String name, double hours, boolean holidayWeek) {
}
