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
        // co-signers must pass KYC too
        List<String> unverified = application.applicantIds().stream()
                .filter(personId -> !kycGateway.isVerified(personId)) // expect: query-fanout
                .toList();
        unverified.forEach(personId -> reasons.add("applicant " + personId + " not verified"));
        return new EligibilityDecision(application.id(), reasons.isEmpty(), reasons);
    }
}
