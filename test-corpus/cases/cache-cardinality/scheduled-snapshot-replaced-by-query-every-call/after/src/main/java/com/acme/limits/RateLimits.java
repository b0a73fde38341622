package com.acme.limits;

import org.springframework.stereotype.Service;

@Service
public class RateLimits {
    private final LimitRepository repository;

    public RateLimits(LimitRepository repository) {
        this.repository = repository;
    }

    public int limitFor(String plan) {
        for (Limit l : repository.findAllByOrderByPlan()) { // expect: cache-cardinality
            if (l.plan().equals(plan)) {
                return l.perMinute();
            }
        }
        return 60;
    }
}
