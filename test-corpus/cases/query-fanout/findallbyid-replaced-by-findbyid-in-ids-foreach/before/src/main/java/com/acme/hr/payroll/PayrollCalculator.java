package com.acme.hr.payroll;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;

@Service
public class PayrollCalculator {
    private static final BigDecimal FLAT_TAX = new BigDecimal("0.22");

    private final EmployeeRepository employeeRepository;

    public PayrollCalculator(EmployeeRepository employeeRepository) {
        this.employeeRepository = employeeRepository;
    }

    public PayrollResult calculate(PayrollRun run) {
        List<Employee> employees = employeeRepository.findAllById(run.employeeIds());
        List<Payslip> payslips = new ArrayList<>();
        for (Employee employee : employees) {
            BigDecimal gross = employee.getMonthlySalary();
            payslips.add(new Payslip(run.id(), employee.getId(), gross, gross.subtract(gross.multiply(FLAT_TAX))));
        }
        return new PayrollResult(payslips, List.of());
    }
}
