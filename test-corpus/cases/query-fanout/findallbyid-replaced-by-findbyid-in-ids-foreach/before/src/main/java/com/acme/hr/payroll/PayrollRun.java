package com.acme.hr.payroll;

import java.time.YearMonth;
import java.util.List;

public record PayrollRun(String id, YearMonth period, List<Long> employeeIds) {
}
