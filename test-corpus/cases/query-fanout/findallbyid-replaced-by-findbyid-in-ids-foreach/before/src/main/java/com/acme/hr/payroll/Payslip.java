package com.acme.hr.payroll;

import java.math.BigDecimal;

public record Payslip(String runId, Long employeeId, BigDecimal gross, BigDecimal net) {
}
