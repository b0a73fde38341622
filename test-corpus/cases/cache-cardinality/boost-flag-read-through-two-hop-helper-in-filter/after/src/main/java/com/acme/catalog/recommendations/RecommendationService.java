package com.acme.catalog.recommendations;

import java.util.List;
import org.springframework.stereotype.Service;

@Service
public class RecommendationService {
    private final CandidateSource candidateSource;
    private final BoostPolicy boostPolicy;

    public RecommendationService(CandidateSource candidateSource, BoostPolicy boostPolicy) {
        this.candidateSource = candidateSource;
        this.boostPolicy = boostPolicy;
    }

    public List<Candidate> recommend(String tenantId, String customerId, int limit) {
        return candidateSource.candidatesFor(tenantId, customerId).stream()
                .filter(boostPolicy::isBoosted) // expect: cache-cardinality
                .limit(limit)
                .toList();
    }
}
