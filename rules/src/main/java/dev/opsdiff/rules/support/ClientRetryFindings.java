package dev.opsdiff.rules.support;

import dev.opsdiff.match.MethodPair;
import dev.opsdiff.retry.ClientRetrySwitches;
import dev.opsdiff.retry.RetryGrowth;
import dev.opsdiff.rule.Finding;
import java.util.Map;
import java.util.TreeMap;

/** Builds the retry-amplification finding for a client whose built-in retries are on again. */
public final class ClientRetryFindings {
    private ClientRetryFindings() {
    }

    public static Finding of(String ruleId, MethodPair pair, ClientRetrySwitches.LostSwitch lost) {
        String built = "`" + lost.builtBy().shortText() + "`";
        String off = lost.disabledBy().text();
        String message = built + " in `" + pair.after().displayName() + "` builds a client ("
                + lost.library() + ") whose built-in retries are on: a request that fails on the connection is now attempted up to "
                + lost.attempts() + " times, without backoff (before: `" + off + "` turned the retries off).";
        Map<String, Object> p = new TreeMap<>();
        p.put("kind", RetryGrowth.Kind.BUDGET_RAISED.id());
        p.put("attemptsBefore", 1);
        p.put("attemptsAfter", lost.attempts());
        return new BeforePlace(lost.disabledBy().location(), pair.before().displayName(), off).finding(ruleId, pair,
                message, lost.builtBy().location(), pair.after().displayName()
                        + " builds a client that retries on its own", p, "client-retries");
    }
}
