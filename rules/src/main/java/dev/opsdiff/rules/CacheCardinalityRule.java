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

/** Cache accesses per invocation grew in degree (a lookup moved into a loop, directly or through helpers). */
public final class CacheCardinalityRule implements Rule {
    public static final String ID = "cache-cardinality";
    private static final RuleDescriptor DESCRIPTOR = new RuleDescriptor(ID, "CacheCardinality", Level.ERROR,
            "A cache access now runs once per element of a collection (or per element of nested collections) "
                    + "where it ran a fixed number of times per request before.",
            List.of("performance", "cache", "refactoring"), "high", "error");

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
    }

    /** Cache accesses, except in-process lookups whose miss path does no I/O (a hash-map read per item is cheap). */
    static boolean relevant(Occurrence o) {
        return o.key().kind().category() == EffectKind.Category.CACHE && !o.inMemoryOnly();
    }
}
