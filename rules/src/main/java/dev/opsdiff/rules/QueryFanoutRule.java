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

/** Database queries or remote calls per invocation grew in degree: N+1, or a batch call replaced by per-item calls. */
public final class QueryFanoutRule implements Rule {
    public static final String ID = "query-fanout";
    private static final RuleDescriptor DESCRIPTOR = new RuleDescriptor(ID, "QueryFanout", Level.ERROR,
            "A database query or remote call now runs once per element of a collection (N+1), or a batch call "
                    + "was replaced by per-item calls.",
            List.of("performance", "database", "remote-call", "n-plus-one"), "high", "error");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void check(PairContext context) {
        // A load on a cache's miss path grows with the cache reads in front of it; when those grew here, the
        // cache-cardinality finding already tells the story and one finding is enough.
        // Only growth cache-cardinality really reports counts: when it stays silent (new behaviour), the load's
        // growth is reported here so the finding is not lost between the two rules.
        boolean cacheGrew = context.grownEffects(CacheCardinalityRule::relevant).stream()
                .anyMatch(g -> !CardinalityFindings.newBehaviour(context, g));
        // A per-element load that replaced a per-element memo read is reported by cache-cardinality as a bypass.
        java.util.Set<dev.opsdiff.summary.EffectKey> memoReplaced = new java.util.HashSet<>();
        context.replacedMemos(CacheCardinalityRule.LOAD_BEHIND_CACHE).forEach(r -> memoReplaced.add(r.after().key()));
        for (Growth g : context.grownEffects(QueryFanoutRule::relevant)) {
            if ((g.after().onCacheMiss() && cacheGrew) || memoReplaced.contains(g.key())) {
                continue;
            }
            if (CardinalityFindings.newBehaviour(context, g)) {
                continue;
            }
            context.report(CardinalityFindings.of(ID, context.pair(), g));
        }
    }

    static boolean relevant(Occurrence o) {
        EffectKind.Category c = o.key().kind().category();
        return c == EffectKind.Category.DATABASE || c == EffectKind.Category.REMOTE;
    }
}
