package com.acme.hr.payroll;

import java.util.List;

public record PayrollResult(List<Payslip> payslips, List<Long> missingEmployees) {
}
