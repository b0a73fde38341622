package com.acme.lending.onboarding;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;

@Service
public class EligibilityService {
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("250000");

    private final KycGateway kycGateway;

    public EligibilityService(KycGateway kycGateway) {
        this.kycGateway = kycGateway;
    }

    public EligibilityDecision decide(LoanApplication application) {
        List<String> reasons = new ArrayList<>();
        if (application.amount().compareTo(MAX_AMOUNT) > 0) {
            reasons.add("amount above limit");
        }
        if (!kycGateway.isVerified(application.primaryApplicantId())) {
            reasons.add("primary applicant not verified");
        }
        return new EligibilityDecision(application.id(), reasons.isEmpty(), reasons);
    }
}
