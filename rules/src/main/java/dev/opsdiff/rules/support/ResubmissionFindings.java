package dev.opsdiff.rules.support;

import dev.opsdiff.match.MethodPair;
import dev.opsdiff.retry.Resubmissions;
import dev.opsdiff.retry.RetryGrowth;
import dev.opsdiff.rule.Finding;
import java.util.Map;
import java.util.TreeMap;

/** Builds the retry-amplification finding for a failed method that now resubmits itself without a delay. */
public final class ResubmissionFindings {
    private ResubmissionFindings() {
    }

    public static Finding of(String ruleId, MethodPair pair, Resubmissions.LostDelay lost) {
        String method = "`" + pair.after().name() + "`";
        String now = "`" + lost.after().shortText() + "`";
        String was = lost.before().text();
        String message = "After a failure, " + method + " resubmits itself through " + now + " with no delay: each "
                + "failure is retried at once, in a tight loop against what fails (before: `" + was
                + "` waited before the next attempt).";
        Map<String, Object> p = new TreeMap<>();
        p.put("kind", RetryGrowth.Kind.BACKOFF_REMOVED.id());
        p.put("work", pair.after().name());
        p.put("resubmission", lost.after().shortText());
        return new BeforePlace(lost.before().location(), pair.before().displayName(), was).finding(ruleId, pair,
                message, lost.after().location(), pair.after().displayName() + " resubmits itself at once when it fails",
                p, "resubmission");
    }
}
