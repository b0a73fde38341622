package com.acme.catalog.recommendations;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/** In-memory candidate sets, rebuilt by the nightly model export. */
@Component
public class CandidateSource {
    private final Map<String, List<Candidate>> byCustomer = new ConcurrentHashMap<>();

    public List<Candidate> candidatesFor(String tenantId, String customerId) {
        List<Candidate> candidates = byCustomer.getOrDefault(tenantId + "/" + customerId, List.of());
        return candidates.stream().sorted(Comparator.comparingDouble(Candidate::score).reversed()).toList();
    }

    public void replace(String tenantId, String customerId, List<Candidate> candidates) {
        byCustomer.put(tenantId + "/" + customerId, List.copyOf(candidates));
    }
}
