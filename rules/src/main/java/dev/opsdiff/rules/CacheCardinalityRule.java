package dev.opsdiff.rules;

import dev.opsdiff.catalog.EffectKind;
import dev.opsdiff.rule.Growth;
import dev.opsdiff.rule.Level;
import dev.opsdiff.rule.PairContext;
import dev.opsdiff.rule.Rule;
import dev.opsdiff.rule.RuleDescriptor;
import dev.opsdiff.rules.support.CardinalityFindings;
import dev.opsdiff.summary.Occurrence;

import java.util.List;
import java.util.function.Predicate;

/**
 * Cache accesses per invocation grew in degree (a lookup moved into a loop, directly or through helpers), or a cache
 * was bypassed: a load that ran only on a cache or memo miss now runs on every call.
 */
public final class CacheCardinalityRule implements Rule {
    public static final String ID = "cache-cardinality";
    private static final RuleDescriptor DESCRIPTOR = new RuleDescriptor(ID, "CacheCardinality", Level.ERROR,
            "A cache access now runs once per element of a collection (or per element of nested collections) "
                    + "where it ran a fixed number of times per request before.",
            List.of("performance", "cache", "refactoring"), "high", "error");

    /** Loads a cache or memo saves; one instance, so the engine's per-pair answers are shared with query-fanout. */
    static final Predicate<Occurrence> LOAD_BEHIND_CACHE = CacheCardinalityRule::loadBehindCache;

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void check(PairContext context) {
        for (Growth g : context.grownEffects(CacheCardinalityRule::relevant)) {
            if (CardinalityFindings.newBehaviour(context, g)) {
                continue;
            }
            context.report(CardinalityFindings.of(ID, context.pair(), g));
        }
        for (Growth g : context.bypassedEffects(LOAD_BEHIND_CACHE)) {
            context.report(CardinalityFindings.bypassed(ID, context, g));
        }
        for (var replaced : context.replacedMemos(LOAD_BEHIND_CACHE)) {
            context.report(CardinalityFindings.memoReplaced(ID, context.pair(), replaced));
        }
    }

    /** A read that goes to the network or a database: what a cache or memo in front of it saves. */
    static boolean loadBehindCache(Occurrence o) {
        EffectKind k = o.key().kind();
        return o.effect().remote() && !o.inMemoryOnly()
                && (k == EffectKind.CACHE_READ || k == EffectKind.DB_QUERY || k == EffectKind.REMOTE_CALL);
    }

    /** Cache accesses, except in-process lookups whose miss path does no I/O (a hash-map read per item is cheap). */
    static boolean relevant(Occurrence o) {
        return o.key().kind().category() == EffectKind.Category.CACHE && !o.inMemoryOnly();
    }
}
