package dev.opsdiff.rules;

import dev.opsdiff.match.MethodPair;
import dev.opsdiff.model.Location;
import dev.opsdiff.retry.BackoffGrowth;
import dev.opsdiff.retry.ClientRetrySwitches;
import dev.opsdiff.retry.FailureStamps;
import dev.opsdiff.retry.Resubmissions;
import dev.opsdiff.retry.RetryDiff;
import dev.opsdiff.retry.RetryGrowth;
import dev.opsdiff.retry.RetryProfiles;
import dev.opsdiff.retry.TimeGates;
import dev.opsdiff.rule.Level;
import dev.opsdiff.rule.PairContext;
import dev.opsdiff.rule.Rule;
import dev.opsdiff.rule.RuleDescriptor;
import dev.opsdiff.rules.support.BackoffGrowthFindings;
import dev.opsdiff.rules.support.ClientRetryFindings;
import dev.opsdiff.rules.support.Options;
import dev.opsdiff.rules.support.ResubmissionFindings;
import dev.opsdiff.rules.support.RetryFindings;
import dev.opsdiff.rules.support.TimeGateFindings;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Attempts per invocation grew: a retry newly inside a data loop, a retry nested in another (directly or through
 * helpers), a budget raised sharply, a backoff removed, or a retry now wrapping work that is not safe to repeat.
 */
public final class RetryAmplificationRule implements Rule {
    public static final String ID = "retry-amplification";
    static final String FACTOR = "factor";
    /** Doubling the attempts doubles the load a struggling dependency gets from every caller. */
    static final double DEFAULT_FACTOR = 2.0;
    private static final RuleDescriptor DESCRIPTOR = new RuleDescriptor(ID, "RetryAmplification", Level.ERROR,
            "A call is now retried more often per request: a retry nested in a retry, a retry inside a loop, a larger "
                    + "budget, no backoff, or a retry around a call that is not safe to repeat.",
            List.of("reliability", "retry", "resilience"), "high", "error");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Map<String, String> options() {
        return Map.of(FACTOR, "how much the attempts per call must grow to report a raised budget (default 2)");
    }

    @Override
    public void check(PairContext context) {
        MethodPair pair = context.pair();
        RetryProfiles before = RetryProfiles.of(context.beforeSide().program());
        RetryProfiles after = RetryProfiles.of(context.afterSide().program());
        TimeGates gatesBefore = TimeGates.of(context.beforeSide().program());
        TimeGates gatesAfter = TimeGates.of(context.afterSide().program());
        gatesBefore.lost(pair.before(), pair.after(), gatesAfter)
                .or(() -> gatesBefore.lostCap(pair.before(), pair.after(), gatesAfter))
                .or(() -> FailureStamps.of(context.beforeSide().program()).lost(pair.before(), pair.after(),
                        FailureStamps.of(context.afterSide().program())))
                .ifPresent(lost -> context.report(TimeGateFindings.of(ID, pair, lost)));
        ClientRetrySwitches.of(context.beforeSide().program()).lost(pair.before(), pair.after())
                .ifPresent(lost -> context.report(ClientRetryFindings.of(ID, pair, lost)));
        Resubmissions.of(context.beforeSide().program()).lost(pair.before(), pair.after())
                .ifPresent(lost -> context.report(ResubmissionFindings.of(ID, pair, lost)));
        BackoffGrowth.of(context.beforeSide().program())
                .lost(pair.before(), pair.after(), BackoffGrowth.of(context.afterSide().program()))
                .ifPresent(lost -> context.report(BackoffGrowthFindings.of(ID, pair, lost)));
        if (!after.mayRetry(pair.after())) {
            return; // no retry layer on any path: no exposure to grow (found without building them)
        }
        var exposuresAfter = after.entry(pair.after());
        if (exposuresAfter.values().stream().noneMatch(e -> e.retried())) {
            return;
        }
        double factor = Options.number(context.options(), FACTOR, DEFAULT_FACTOR, ID);
        List<RetryGrowth> growths = new RetryDiff(factor).compare(before.entry(pair.before()), exposuresAfter,
                id -> context.matching().ofAfter(id).isPresent());
        // One finding per place: the most severe kind, then work that is not safe to repeat, then the most attempts.
        Map<Location, RetryGrowth> byPlace = new LinkedHashMap<>();
        growths.stream().sorted(Comparator.comparing((RetryGrowth g) -> g.kind().ordinal())
                        .thenComparing(g -> g.after().nonIdempotent() == null)
                        .thenComparing(g -> -rank(g.after().attempts()))
                        .thenComparing(g -> g.after().key()))
                .forEach(g -> byPlace.putIfAbsent(g.at(), g));
        byPlace.values().forEach(g -> context.report(RetryFindings.of(ID, pair, g)));
    }

    private static long rank(long attempts) {
        return attempts < 0 ? Long.MAX_VALUE : attempts;
    }
}
