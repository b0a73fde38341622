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
        Policy policy = policyRepository.findByPolicyNumber(batch.policyNumber());
        return batch.claims().stream()
                .map(claim -> new TriagedClaim(claim.id(), score(claim, policy)))
                .toList();
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
