package com.acme.lending.onboarding;

import java.math.BigDecimal;
import java.util.List;

public record LoanApplication(String id, String primaryApplicantId, List<String> applicantIds, BigDecimal amount) {
}
