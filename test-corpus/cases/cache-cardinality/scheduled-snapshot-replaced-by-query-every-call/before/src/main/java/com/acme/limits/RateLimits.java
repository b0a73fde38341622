package com.acme.limits;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

@Service
public class RateLimits {
    private final LimitRepository repository;
    private final AtomicReference<List<Limit>> snapshot = new AtomicReference<>(List.of());

    public RateLimits(LimitRepository repository) {
        this.repository = repository;
    }

    public int limitFor(String plan) {
        for (Limit l : snapshot.get()) {
            if (l.plan().equals(plan)) {
                return l.perMinute();
            }
        }
        return 60;
    }

    @Scheduled(fixedDelay = 60_000)
    public void refresh() {
        snapshot.set(repository.findAllByOrderByPlan());
    }
}
