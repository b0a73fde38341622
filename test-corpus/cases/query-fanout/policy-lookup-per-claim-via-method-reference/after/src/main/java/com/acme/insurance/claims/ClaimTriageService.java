package com.acme.insurance.claims;

import java.util.List;
import org.springframework.stereotype.Service;

@Service
public class ClaimTriageService {
    private final PolicyRepository policyRepository;

    public ClaimTriageService(PolicyRepository policyRepository) {
        this.policyRepository = policyRepository;
    }

    public List<TriagedClaim> triage(ClaimBatch batch) {
        return batch.claims().stream()
                .map(this::triageClaim) // expect: query-fanout
                .toList();
    }

    /** Brokers now mix claims of several policies in one batch. */
    private TriagedClaim triageClaim(Claim claim) {
        Policy policy = policyRepository.findByPolicyNumber(claim.policyNumber());
        return new TriagedClaim(claim.id(), score(claim, policy));
    }

    private int score(Claim claim, Policy policy) {
        int score = 0;
        if (claim.incidentDate().isBefore(policy.getStartDate().plusDays(30))) {
            score += 40;
        }
        if (claim.amount().compareTo(policy.getCoverageLimit()) > 0) {
            score += 30;
        }
        return score;
    }
}
