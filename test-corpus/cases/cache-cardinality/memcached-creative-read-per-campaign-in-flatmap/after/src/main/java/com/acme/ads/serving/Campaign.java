package com.acme.ads.serving;

import java.util.Set;

public record Campaign(String id, Set<String> sites, long remainingBudgetCents) {
    public boolean targets(Placement placement) {
        return remainingBudgetCents > 0 && sites.contains(placement.site());
    }
}
