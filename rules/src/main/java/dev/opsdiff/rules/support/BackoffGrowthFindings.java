package dev.opsdiff.rules.support;

import dev.opsdiff.match.MethodPair;
import dev.opsdiff.model.CallSite;
import dev.opsdiff.model.Location;
import dev.opsdiff.retry.BackoffGrowth;
import dev.opsdiff.retry.RetryGrowth;
import dev.opsdiff.rule.Finding;

import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;

/** Builds the retry-amplification finding for a backoff that no longer grows exponentially between attempts. */
public final class BackoffGrowthFindings {
    private BackoffGrowthFindings() {
    }

    public static Finding of(String ruleId, MethodPair pair, BackoffGrowth.LostGrowth lost) {
        // Where BEFORE grew the delay, projected into AFTER: the call nearest the same line of the method.
        int projected = pair.after().location().line()
                + lost.location().line() - pair.before().location().line();
        CallSite anchor = pair.after().calls().stream()
                .min(Comparator.comparingInt((CallSite c) -> Math.abs(c.location().line() - projected))
                        .thenComparingInt(c -> c.location().line()))
                .orElse(null);
        Location at = anchor == null ? pair.after().location() : anchor.location();
        String growth = "`" + lost.text() + "`";
        boolean own = lost.growthIn().id().equals(pair.before().id());
        String message = "The backoff of `" + pair.after().displayName() + "` no longer grows exponentially between "
                + "attempts (before: " + growth + (own ? "" : " in `" + lost.growthIn().displayName() + "`")
                + "): retries of a failing dependency now keep arriving at nearly the same rate however long the "
                + "outage lasts.";
        Map<String, Object> p = new TreeMap<>();
        p.put("kind", RetryGrowth.Kind.BACKOFF_REMOVED.id());
        p.put("growthBefore", lost.text());
        return new BeforePlace(lost.location(), lost.growthIn().displayName(), lost.text(),
                "before: the delay grew with " + growth).finding(ruleId, pair, message, at, pair.after().displayName()
                + " waits between attempts without exponential growth", p, "backoff-growth");
    }
}
